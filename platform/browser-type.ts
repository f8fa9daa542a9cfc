/** The type of the extension API object (`webextension-polyfill` through WXT). */
import type { browser } from 'wxt/browser';

export type Browser = typeof browser;

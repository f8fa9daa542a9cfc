/** Sending side of the one message protocol (`lib/messages.ts`). */
import { browser } from 'wxt/browser';
import type { Message, MessageResponse, MessageType } from '../lib/messages';

export function send<K extends MessageType>(message: Message<K>): Promise<MessageResponse<K>> {
  return browser.runtime.sendMessage(message) as Promise<MessageResponse<K>>;
}

/** The shared browser scenarios (`tests/scenarios/`), in Chromium. */
import { describe } from 'vitest';
import { cleaningScenarios } from '../scenarios/cleaning';
import { panicCoreScenarios } from '../scenarios/panic-core';
import { trailScenarios } from '../scenarios/trail';
import { launchChromium } from './driver';

describe('cleaning', () => cleaningScenarios(() => launchChromium(), { burst: 100 }));
describe('trail', () => trailScenarios(() => launchChromium()));
describe('quick exit', () => panicCoreScenarios(() => launchChromium()));

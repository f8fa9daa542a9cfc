/** The shared browser scenarios (`tests/scenarios/`), in Firefox. */
import { describe } from 'vitest';
import { cleaningScenarios } from '../scenarios/cleaning';
import { panicCoreScenarios } from '../scenarios/panic-core';
import { trailScenarios } from '../scenarios/trail';
import { launchFirefox } from './driver';

describe('cleaning', () => cleaningScenarios(() => launchFirefox(), { burst: 60 }));
describe('trail', () => trailScenarios(() => launchFirefox()));
describe('quick exit', () => panicCoreScenarios(() => launchFirefox()));

/**
 * Trace cleaning in a real Chromium, where it differs from Firefox: history made before install
 * is swept at start-up (the profile's own database aged on disk). What both browsers share
 * (help sites and searches vanish, look-alikes and ordinary browsing stay, bursts, closed help
 * tabs, a site the person adds) runs from `tests/scenarios/cleaning.ts` in `scenarios.test.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { HELP_TRACES, ORDINARY_BROWSING } from '../fixtures/urls';
import { lower } from '../scenarios/cleaning';
import { historyUrls, launch, waitFor } from './harness';

const HELP = HELP_TRACES;
const ORDINARY = ORDINARY_BROWSING;

// Chrome stores times as microseconds since 1601. Moving visits 400 days back proves the sweep
// reads the whole history (the API's defaults cover only the last 24 hours and 100 results).
const AGE_HISTORY = `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
shift = 400 * 24 * 3600 * 1000000
db.execute('UPDATE urls SET last_visit_time = last_visit_time - ?', (shift,))
db.execute('UPDATE visits SET visit_time = visit_time - ?', (shift,))
db.commit()
`;

it('sweeps history made before Waypoint was installed, however old and however much, at start-up', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'waypoint-preinstall-'));
  try {
    const before = await launch({ profile, withoutExtension: true });
    const p = await before.context.newPage();
    const many = Array.from({ length: 130 }, (_, i) => `https://sheltersafe.ca/old/${i}`);
    for (const url of [...HELP.slice(0, 5), ...ORDINARY.slice(0, 3), ...many])
      await p.goto(url, { waitUntil: 'commit' });
    await p.waitForTimeout(1000);
    await before.close();
    execFileSync('python3', ['-c', AGE_HISTORY, join(profile, 'Default', 'History')]);
    const after = await launch({ profile });
    try {
      const history = await waitFor(async () => {
        const urls = await historyUrls(after);
        const help = new Set([...HELP, ...many].map(lower));
        return urls.length && !urls.some((u) => help.has(lower(u))) ? urls : null;
      }, 10_000);
      expect(history?.sort()).toEqual(ORDINARY.slice(0, 3).sort());
    } finally {
      await after.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

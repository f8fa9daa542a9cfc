/**
 * Trace cleaning in a real Firefox, where it differs from Chromium: history from before the
 * install is swept (written into Places before the add-on is installed), and help pages leave
 * no row in `places.sqlite` once Firefox has quit. What both browsers share (help sites and
 * searches vanish, look-alikes and ordinary browsing stay, bursts, closed help tabs, a site the
 * person adds) runs from `tests/scenarios/cleaning.ts` in `scenarios.test.ts`.
 */
import { expect, it } from 'vitest';
import { HELP_TRACES, ORDINARY_BROWSING } from '../fixtures/urls';
import { lower, settledHistory, visitHelpThenOrdinary } from '../scenarios/cleaning';
import { firefoxDriver } from './driver';
import { historyUrls, launch, waitFor } from './harness';
import { readPlaces } from './profile-files';

const HELP = HELP_TRACES;
const ORDINARY = ORDINARY_BROWSING;
const isHelp = (u: string) => HELP.map(lower).includes(lower(u));

// Places stores microseconds since 1970. Visits 400 days old, 130 of them, prove the sweep reads
// the whole history (the API's defaults cover only the last 24 hours and 100 results).
it('sweeps history made before Waypoint was installed, however old and however much', async () => {
  const before = await launch({ withoutExtension: true });
  try {
    const old = Array.from({ length: 130 }, (_, i) => `https://sheltersafe.ca/old/${i}`);
    const all = [...HELP, ...ORDINARY.slice(0, 3), ...old];
    await before.chrome(async (g, urls) => {
      const { PlacesUtils } = g.ChromeUtils.importESModule('resource://gre/modules/PlacesUtils.sys.mjs');
      const date = new Date(Date.now() - 400 * 24 * 3600 * 1000);
      const transition = PlacesUtils.history.TRANSITIONS.TYPED;
      await PlacesUtils.history.insertMany(urls.map((url) => ({ url, visits: [{ date, transition }] })));
    }, all);
    expect((await historyUrls(before)).length).toBe(all.length);
    await before.install();
    const history = await waitFor(async () => {
      const urls = await historyUrls(before);
      return urls.length && !urls.some((u) => isHelp(u) || u.includes('/old/')) ? urls : null;
    }, 10_000);
    expect(history?.sort()).toEqual(ORDINARY.slice(0, 3).sort());
  } finally {
    await before.close();
  }
});

it('leaves no row for help pages in places.sqlite once Firefox has quit; the rest stays', async () => {
  const h = await launch();
  let disk: ReturnType<typeof readPlaces>;
  try {
    const d = firefoxDriver(h);
    await d.reset();
    await visitHelpThenOrdinary(d, await d.newTab());
    await settledHistory(d, ORDINARY);
    await h.browser.close();
    disk = readPlaces(h.profile);
  } finally {
    await h.close();
  }
  expect(disk.places.filter(isHelp), 'moz_places').toEqual([]);
  expect(disk.visits.filter(isHelp), 'moz_historyvisits').toEqual([]);
  expect([...new Set(disk.visits)].sort()).toEqual([...ORDINARY].sort());
  expect(disk.origins).toEqual(expect.arrayContaining(['notsheltersafe.ca', 'sheltersafe.ca.example.com']));
  for (const host of ['sheltersafe.ca', 'www.kidshelpphone.ca', 'chat.thehotline.org'])
    expect(disk.origins, 'moz_origins (address-bar autofill)').not.toContain(host);
});

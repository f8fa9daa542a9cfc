import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from '../../platform/browser-type';
import { createOldCopies } from '../../platform/old-copies';

beforeEach(() => fakeBrowser.reset());

describe('createOldCopies', () => {
  it.each(['install', 'update'])(
    'on %s, remembers every tab open then, across worker restarts',
    async (reason) => {
      // reset() leaves one blank tab (id 0).
      const a = (await fakeBrowser.tabs.create({ url: 'https://a.example/' })).id!;
      await createOldCopies(fakeBrowser as unknown as Browser).onInstalled(reason);
      const later = (await fakeBrowser.tabs.create({ url: 'https://b.example/' })).id!;
      const list = await createOldCopies(fakeBrowser as unknown as Browser).list();
      expect([...list].sort()).toEqual([0, a]);
      expect(list.has(later)).toBe(false);
    },
  );

  it.each(['chrome_update', 'shared_module_update'])(
    'on %s (not our own change), remembers nothing',
    async (reason) => {
      await fakeBrowser.tabs.create({ url: 'https://a.example/' });
      const copies = createOldCopies(fakeBrowser as unknown as Browser);
      await copies.onInstalled(reason);
      expect((await copies.list()).size).toBe(0);
    },
  );
});

/**
 * What a closed Firefox profile keeps on disk, read the way someone looking through the computer
 * could: the history database (`places.sqlite`, through python3's sqlite3) and the session file
 * (`sessionstore.jsonlz4`, Mozilla's LZ4 container).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PlacesOnDisk {
  /** Every `moz_places` URL, visited or not. */
  places: string[];
  /** URLs of every `moz_historyvisits` row. */
  visits: string[];
  /** `moz_origins` hosts (what the address bar autofills). */
  origins: string[];
}

const PLACES = `
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
col = lambda q: [r[0] for r in db.execute(q)]
print(json.dumps({
  'places': col('SELECT url FROM moz_places'),
  'visits': col('SELECT p.url FROM moz_historyvisits v JOIN moz_places p ON p.id = v.place_id'),
  'origins': col('SELECT host FROM moz_origins'),
}))
`;

export function readPlaces(profile: string): PlacesOnDisk {
  return JSON.parse(
    execFileSync('python3', ['-c', PLACES, join(profile, 'places.sqlite')], { encoding: 'utf8' }),
  );
}

/** Decodes one LZ4 block (no frame) of `size` bytes. */
export function lz4Block(src: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let i = 0;
  let o = 0;
  const length = (n: number) => {
    if (n !== 15) return n;
    let b: number;
    do {
      b = src[i++]!;
      n += b;
    } while (b === 255);
    return n;
  };
  while (i < src.length) {
    const token = src[i++]!;
    const literals = length(token >> 4);
    out.set(src.subarray(i, i + literals), o);
    i += literals;
    o += literals;
    if (i >= src.length) break;
    const offset = src[i]! | (src[i + 1]! << 8);
    i += 2;
    const match = length(token & 15) + 4;
    // Byte by byte: a match may overlap the bytes it is copying.
    for (let k = 0; k < match; k++, o++) out[o] = out[o - offset]!;
  }
  return out.subarray(0, o);
}

/** Reads a `mozLz40\0` file: magic, 4-byte little-endian size, then one LZ4 block. */
export function readMozLz4(path: string): unknown {
  const file = readFileSync(path);
  if (file.subarray(0, 8).toString('latin1') !== 'mozLz40\0') throw new Error(`${path}: not mozlz4`);
  return JSON.parse(Buffer.from(lz4Block(file.subarray(12), file.readUInt32LE(8))).toString('utf8'));
}

type SavedTab = { entries?: { url?: string }[]; state?: { entries?: { url?: string }[] } };
type SavedWindow = { tabs?: SavedTab[]; _closedTabs?: SavedTab[] };

/**
 * Every URL in the session file written at shutdown: open tabs, closed tabs and closed windows,
 * each tab with its whole Back/Forward list. `undefined` when there is no session file.
 */
export function sessionFileUrls(profile: string): { open: string[]; closed: string[] } | undefined {
  const path = join(profile, 'sessionstore.jsonlz4');
  if (!existsSync(path)) return undefined;
  const session = readMozLz4(path) as { windows?: SavedWindow[]; _closedWindows?: SavedWindow[] };
  const urls = (t: SavedTab) => (t.state?.entries ?? t.entries ?? []).map((e) => e.url ?? '');
  const windows = session.windows ?? [];
  return {
    open: windows.flatMap((w) => (w.tabs ?? []).flatMap(urls)),
    closed: [
      ...windows.flatMap((w) => (w._closedTabs ?? []).flatMap(urls)),
      ...(session._closedWindows ?? []).flatMap((w) =>
        [...(w.tabs ?? []), ...(w._closedTabs ?? [])].flatMap(urls),
      ),
    ],
  };
}

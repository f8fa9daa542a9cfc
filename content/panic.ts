/**
 * The panic-exit trigger, injected into every frame at document_start. It stays tiny and
 * dependency-free (no WXT runtime, no polyfill) and leaves nothing on the page (no DOM, no
 * globals, no attributes) until the person triggers it. Listeners sit on `window` in the capture
 * phase, registered before any page script runs, so a page cannot swallow the keys.
 */
import { DEFAULT_NEUTRAL_URL, isWebUrl } from '../lib/neutral-site';
import { SETTINGS_KEY } from '../lib/storage-keys';
import { createTrigger, DEFAULT_TRIGGER, parseTrigger } from '../lib/trigger';

interface Api {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: (message: unknown) => void): void };
  };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
  i18n: { getMessage(key: string): string };
}

const g = globalThis as unknown as { browser?: Api; chrome?: Api };
const api = (g.browser ?? g.chrome) as Api;

let onKey = createTrigger(DEFAULT_TRIGGER);
let neutral = DEFAULT_NEUTRAL_URL;
let rehearsal = false;
let exiting = false;

function apply(raw: unknown): void {
  // Object() turns a missing or corrupt item into an object with no fields: all defaults.
  const s = Object(raw) as Record<string, unknown>;
  onKey = createTrigger(parseTrigger(s.trigger));
  neutral = isWebUrl(s.neutralUrl) ? s.neutralUrl : DEFAULT_NEUTRAL_URL;
  rehearsal = s.rehearsal === true;
}

/** Hide everything at once, in the event's own task: nothing sensitive stays for a frame. */
function hide(): void {
  exiting = true;
  document.documentElement.style.setProperty('display', 'none', 'important');
  document.title = '';
  for (const media of document.querySelectorAll<HTMLMediaElement>('video,audio')) {
    media.muted = true;
    media.pause();
  }
}

function rehearse(): void {
  const note = document.createElement('div');
  note.role = 'status';
  note.textContent = api.i18n.getMessage('rehearsalNotice');
  note.style.cssText = 'position:fixed;z-index:2147483647;bottom:0;padding:9px;background:#123;color:#fff';
  document.documentElement.append(note);
  setTimeout(() => note.remove(), 3000);
}

function exit(at: number): void {
  if (rehearsal) return rehearse();
  const already = exiting;
  hide();
  if (already) return;
  let confirmed = false;
  api.runtime.sendMessage({ type: 'panic', source: 'content', at }).then(
    (r) => {
      confirmed = (r as { ok?: boolean } | undefined)?.ok === true;
    },
    () => {},
  );
  // The background is asleep or gone: leave by ourselves rather than sit on a blank page.
  setTimeout(() => {
    if (confirmed) return;
    try {
      top!.location.replace(neutral);
    } catch {
      location.replace(neutral);
    }
  }, 300);
}

function listen(e: KeyboardEvent): void {
  if (e.isTrusted && onKey(e)) exit(performance.timeOrigin + e.timeStamp);
}

for (const type of ['keydown', 'keyup']) addEventListener(type, listen as EventListener, true);
// Once exiting, the page's own beforeunload prompt must not hold the exit back.
addEventListener(
  'beforeunload',
  (e) => {
    if (exiting) e.stopImmediatePropagation();
  },
  true,
);
api.runtime.onMessage.addListener((m) => {
  if ((m as { type?: string } | null)?.type === 'hide') hide();
});
api.storage.local.get(SETTINGS_KEY).then((r) => apply(r[SETTINGS_KEY]), () => {});
api.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes[SETTINGS_KEY]) apply(changes[SETTINGS_KEY].newValue);
});

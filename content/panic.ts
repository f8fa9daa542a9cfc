/**
 * The panic-exit trigger, injected into every frame at document_start. It stays tiny and
 * dependency-free (no WXT runtime, no polyfill) and leaves nothing on the page (no DOM, no
 * globals, no attributes) until the person triggers it. Listeners sit on `window` in the capture
 * phase, registered before any page script runs, so a page cannot swallow the keys.
 */
import { DEFAULT_NEUTRAL_URL } from '../lib/exit/neutral-site';
import { createTrigger, DEFAULT_TRIGGER, parseTrigger, Signal } from '../lib/exit/trigger';
import { SETTINGS_KEY } from '../lib/settings/storage-keys';

interface Api {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: (message: unknown) => void): void };
  };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void };
    };
  };
  i18n: { getMessage(key: string): string };
}

const g = globalThis as unknown as { browser?: Api; chrome?: Api };
const doc = document;
const api = (g.browser ?? g.chrome) as Api;

const config = { ...DEFAULT_TRIGGER };
const onKey = createTrigger(config);
let neutral = DEFAULT_NEUTRAL_URL;
let rehearsal = false;
let exiting = false;
/** What `hide` changed, for `show` to put back: the title and the root's inline style. */
let title: string;
let css: string;

function apply(raw: unknown): void {
  // Object() turns a missing or corrupt item into an object with no fields: all defaults.
  const s = Object(raw) as Record<string, unknown>;
  // Updated in place: presses made while the settings were on their way still count.
  Object.assign(config, parseTrigger(s.trigger));
  // A cheap second check (settings were validated when saved): only an http(s) address is ever
  // navigated to. `test` reads String(value); nothing but a string can spell such an address.
  neutral = /^https?:\/\/\w/i.test(s.neutralUrl as string) ? (s.neutralUrl as string) : DEFAULT_NEUTRAL_URL;
  rehearsal = s.rehearsal === true;
}

// Looked up when needed: at document_start there may be no root element yet.
const rootStyle = () => doc.documentElement.style;

/** Hide everything at once, in the event's own task: nothing sensitive stays for a frame. */
function hide(): void {
  if (!exiting) {
    title = doc.title;
    css = rootStyle().cssText;
  }
  exiting = true;
  // The serialised cssText always ends in ';' when not empty, so appending needs no separator.
  // Firefox sends no key events to a document whose root has no box, so the last press's keyup,
  // which fires the exit, would never come: there the root keeps its box and its contents, top
  // layer included, are skipped. The ternaries fold at build time (Chromium's script is unchanged).
  rootStyle().cssText += import.meta.env.FIREFOX
    ? 'content-visibility:hidden!important'
    : 'display:none!important';
  doc.title = '';
  for (const media of doc.querySelectorAll<HTMLMediaElement>('video,audio')) {
    media.muted = true;
    media.pause();
  }
}

/** The last press turned out to be a chord (a capital being typed): put the page back. */
function show(): void {
  exiting = false;
  rootStyle().cssText = css;
  doc.title = title;
}

/** Practice mode: say what would have happened, in the top layer above anything the page shows. */
function rehearse(): void {
  const note = doc.createElement('dialog');
  note.append(api.i18n.getMessage('rehearsalNotice'));
  doc.documentElement.append(note);
  note.showModal();
  setTimeout(() => note.remove(), 3000);
}

let sent = false;
function exit(): void {
  if (rehearsal) {
    rehearse();
    return;
  }
  hide();
  if (sent) return;
  sent = true;
  let confirmed = false;
  api.runtime.sendMessage({ type: 'panic' }).then(
    (r) => {
      confirmed = Boolean((r as { ok?: boolean } | undefined)?.ok);
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
  // Only real key presses: a page must not be able to trigger (or detect) the exit.
  const signal = e.isTrusted && onKey(e);
  if (signal === Signal.Arm && !rehearsal) hide();
  else if (signal === Signal.Disarm && !sent) show();
  else if (signal === Signal.Fire) exit();
}

for (const type of ['keydown', 'keyup']) addEventListener(type, listen as EventListener, true);
// Once exiting, the page's own beforeunload prompt must not hold the exit back.
// (An addEventListener listener's return value is ignored, so the short form is safe here.)
addEventListener('beforeunload', (e) => exiting && e.stopImmediatePropagation(), true);
api.runtime.onMessage.addListener((m) => {
  if ((m as { type?: string } | null)?.type === 'hide') hide();
});
api.storage.local.get(SETTINGS_KEY).then(
  (r) => apply(r[SETTINGS_KEY]),
  () => {},
);
api.storage.local.onChanged.addListener((changes) => {
  if (changes[SETTINGS_KEY]) apply(changes[SETTINGS_KEY].newValue);
});

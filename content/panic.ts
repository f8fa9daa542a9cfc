/**
 * The panic-exit trigger, injected into every frame at document_start (and by the background
 * into tabs already open when Waypoint is installed or updated). It stays tiny and
 * dependency-free (no WXT runtime, no polyfill) and leaves nothing on the page (no DOM, no
 * globals, no attributes) until the person triggers it. Listeners sit on `window` in the capture
 * phase, registered before any page script runs, so a page cannot swallow the keys; they are
 * registered again whenever `document.open()` erases them.
 */
import { DEFAULT_NEUTRAL_URL } from '../lib/exit/neutral-default';
import {
  createTrigger,
  DEFAULT_TRIGGER,
  parseTrigger,
  Signal,
  TRIGGER_EVENTS,
  type TriggerInput,
} from '../lib/exit/trigger';
import type { DISCARD } from '../lib/messages';
import { SETTINGS_KEY } from '../lib/settings/storage-keys';

interface Api {
  runtime: {
    /** Gone once this copy is orphaned (the extension was updated, reloaded or removed). */
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        listener: (message: unknown, sender: unknown, answer: (reply: unknown) => void) => void,
      ): void;
    };
  };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void };
    };
  };
  i18n: { getMessage(key: string): string };
}

/**
 * `wp` marks this frame as taken. It lives in the extension's isolated world, which the page
 * cannot see: a tab loading while the background injects the script into open tabs gets it twice
 * in the same world, and only the first copy runs.
 */
const g = globalThis as unknown as { browser?: Api; chrome?: Api; wp?: 1 };
const UNLOAD = 'beforeunload';
if (!g.wp) {
  g.wp = 1;
  start();
}

function start(): void {
  const doc = document;
  const api = (g.browser ?? g.chrome) as Api;

  const config = { ...DEFAULT_TRIGGER };
  const onKey = createTrigger(config);
  let neutral = DEFAULT_NEUTRAL_URL;
  let rehearsal = false;
  let exiting = false;
  let sent = false;
  /** Until when the page may not ask "Leave site?" although not hidden (`quiet`, while the last press is down). */
  let quiet = 0;
  /** Chromium: this frame let its `beforeunload` listener go (see the messages below). */
  let dropped = false;
  /** What `hide` changed, for `show` to put back: the title and the root's inline style. */
  let title: string;
  let css: string;

  const apply = (raw: unknown) => {
    // Object() turns a missing or corrupt item into an object with no fields: all defaults.
    const s = Object(raw) as Record<string, unknown>;
    // Updated in place: presses made while the settings were on their way still count.
    Object.assign(config, parseTrigger(s.trigger));
    // A cheap second check (settings were validated when saved): only an http(s) address is ever
    // navigated to. `test` reads String(value); nothing but a string can spell such an address.
    neutral = /^https?:\/\/\w/i.test(s.neutralUrl as string) ? (s.neutralUrl as string) : DEFAULT_NEUTRAL_URL;
    rehearsal = s.rehearsal === true;
  };

  // Looked up when needed: at document_start there may be no root element yet, and an XML
  // document's root has no style at all (it cannot be hidden; the exit goes on regardless).
  const rootStyle = () => doc.documentElement?.style || ({} as CSSStyleDeclaration);
  /**
   * The title a hidden page shows: the neutral site's host (`split` never throws, unlike URL). An
   * empty title would make the tab strip show the page's address instead.
   */
  const cover = () => neutral.split('/')[2]!;
  /**
   * Whether a copy of this script has hidden the page: this one, or (after an update) a fresh copy
   * in another world that this one cannot talk to, which sets the same title.
   */
  const covered = () => exiting || doc.title === cover();

  /** Hide everything at once, in the event's own task: nothing sensitive stays for a frame. */
  const hide = () => {
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
    doc.title = cover();
    for (const media of doc.querySelectorAll<HTMLMediaElement>('video,audio')) {
      media.muted = true;
      media.pause();
    }
  };

  /** The last press turned out to be a chord (a capital being typed): put the page back. */
  const show = () => {
    exiting = false;
    rootStyle().cssText = css;
    doc.title = title;
  };

  /** Leave by ourselves, for when the background cannot answer. */
  const go = () => {
    try {
      top!.location.replace(neutral);
    } catch {
      location.replace(neutral);
    }
  };

  /** Practice mode: say what would have happened, in the top layer above anything the page shows. */
  const rehearse = () => {
    const note = doc.createElement('dialog');
    note.append(api.i18n.getMessage('rehearsalNotice'));
    doc.documentElement.append(note);
    note.showModal();
    setTimeout(() => note.remove(), 3000);
  };

  const send = (type: string) => api.runtime.sendMessage({ type });

  const exit = () => {
    hide();
    if (sent) return;
    sent = true;
    // Armed before anything is sent: the background may be asleep, hung, or gone.
    const timer = setTimeout(go, 300);
    try {
      send('panic').then(
        (r) => (r as { ok?: boolean } | undefined)?.ok && clearTimeout(timer),
        () => {},
      );
    } catch {}
  };

  const listen = (e: Event) => {
    // Only real key presses: a page must not be able to trigger (or detect) the exit.
    const signal = e.isTrusted && onKey(e as unknown as TriggerInput);
    if (!api.runtime.id) {
      // Orphaned: Waypoint was updated or reloaded, and this copy can no longer reach it. The
      // background put a fresh copy next to this one, in another world (they cannot talk): this
      // one stays out of its way and leaves by itself only if, once the event is over, the page
      // is still not hidden.
      if (signal === Signal.Fire && !rehearsal)
        setTimeout(() => {
          if (!covered()) {
            hide();
            go();
          }
        });
      return;
    }
    if (signal === Signal.Arm && !rehearsal) {
      hide();
      // While the key is down, the background gets the tabs it will close ready (waking if asleep).
      send('arm').catch(() => {});
    } else if (signal === Signal.Disarm && !sent) show();
    else if (signal === Signal.Fire) rehearsal ? rehearse() : exit();
  };
  // Once exiting, the page's own beforeunload prompt must not hold the exit back, nor bring the
  // tab to the front when the background closes it. Chromium runs a window's own listeners in the
  // order they were added, capture or not, so only the copy that came first (at document_start)
  // can stop the page's: after an update that is the orphaned copy, which learns of the exit from
  // the title the fresh copy set.
  const silence = (e: Event) => (covered() || Date.now() < quiet) && e.stopImmediatePropagation();

  const attach = () => {
    for (const type of TRIGGER_EVENTS) addEventListener(type, listen, true);
    if (!dropped) addEventListener(UNLOAD, silence, true);
  };
  attach();
  // document.open() erases every listener of the document and the window. An observer is not a
  // listener: it survives, hears the document being emptied, and puts the listeners back (adding
  // the same listener twice is a no-op, so it may also fire for nothing).
  new MutationObserver(attach).observe(doc, { childList: true });

  api.runtime.onMessage.addListener((m, _sender, answer) => {
    const type = (m as { type?: string } | null)?.type;
    if (type === 'hide') hide();
    // A few seconds only: the press may still turn out to be a capital being typed.
    if (type === 'quiet') quiet = Date.now() + 5000;
    // Chromium closes a tab that has any beforeunload listener (ours too) by a slow path, a round
    // trip to its page, and a frame nobody has clicked or typed in cannot ask "Leave site?" at all.
    // So once an exit may be coming (both messages say so), such a frame lets its listener go. It
    // could never be first again: if the frame is used later, it asks for its tab to be
    // discarded rather than closed, which leaves no page to ask anything.
    if (!import.meta.env.FIREFOX && type) {
      if (!navigator.userActivation.hasBeenActive) {
        dropped = true;
        removeEventListener(UNLOAD, silence, true);
      } else if (dropped) answer('discard' satisfies typeof DISCARD);
    }
  });
  api.storage.local.get(SETTINGS_KEY).then(
    (r) => apply(r[SETTINGS_KEY]),
    () => {},
  );
  api.storage.local.onChanged.addListener((changes) => {
    if (changes[SETTINGS_KEY]) apply(changes[SETTINGS_KEY].newValue);
  });
}

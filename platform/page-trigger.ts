/**
 * The quick-exit keys on Waypoint's own pages (options, guides, popup), where the content script
 * does not run: same trigger, same settings, same exit.
 */
import { createTrigger, DEFAULT_TRIGGER, Signal } from '../lib/exit/trigger';
import { send } from './messaging';
import { loadSettings, watchSettings } from './settings-store';

export interface PageTriggerOptions {
  /** Called instead of leaving when practice mode is on. */
  onRehearsal: () => void;
}

/** Hides the page and asks the background to exit; returns a function that stops listening. */
export function listenForExit({ onRehearsal }: PageTriggerOptions): () => void {
  const config = { ...DEFAULT_TRIGGER };
  const onKey = createTrigger(config);
  let rehearsal = false;
  const apply = ({ settings }: Awaited<ReturnType<typeof loadSettings>>) => {
    // Updated in place: presses made before the settings arrived still count.
    Object.assign(config, settings.trigger);
    rehearsal = settings.rehearsal;
  };
  void loadSettings().then(apply);
  const unwatch = watchSettings(apply);
  const root = document.documentElement.style;
  // Firefox sends no key events to a document whose root has no box: see content/panic.ts.
  const [hide, hidden] = import.meta.env.FIREFOX ? ['content-visibility', 'hidden'] : ['display', 'none'];
  const listener = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    const signal = onKey(e);
    if (signal === Signal.Arm && !rehearsal) root.setProperty(hide, hidden, 'important');
    else if (signal === Signal.Disarm) root.removeProperty(hide);
    else if (signal === Signal.Fire) {
      if (rehearsal) onRehearsal();
      else {
        document.title = '';
        void send({ type: 'panic' }).catch(() => window.close());
      }
    }
  };
  window.addEventListener('keydown', listener, true);
  window.addEventListener('keyup', listener, true);
  return () => {
    unwatch();
    window.removeEventListener('keydown', listener, true);
    window.removeEventListener('keyup', listener, true);
  };
}

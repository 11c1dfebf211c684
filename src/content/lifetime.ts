// An extension that is updated, reloaded or removed while a tab stays open leaves its old content
// script running there (Chrome), with `runtime.id` gone and every runtime call throwing "Extension
// context invalidated". Such a script must stop cleanly: disconnect its observers, stop listening,
// take its panel (whose buttons would reach nobody) off the page, and touch nothing else; the page
// keeps what it shows. It learns it the next time it would call the runtime or react to the page.
// One AbortSignal is the script's life: every listener, observer and the panel host is given it
// and ends when it is aborted.
import { native } from '../common/native';

/** Is the extension that injected this script still installed and enabled? */
export const extensionAlive = (): boolean => typeof native?.runtime?.id === 'string';

const life = new AbortController();

/** The content script's lifetime: aborted the first time the extension is found gone. */
export const lifetime: AbortSignal = life.signal;

/** Is the extension still there? The first time it is not, the lifetime is aborted. */
export function stillAlive(): boolean {
  if (extensionAlive()) return true;
  try {
    life.abort();
  } catch {
    // Nothing more to stop safely (what listens is registered most important first).
  }
  return false;
}

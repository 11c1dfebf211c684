// An extension that is updated, reloaded or removed while a tab stays open leaves its old content
// script running there (Chrome), with `runtime.id` gone and every runtime call throwing "Extension
// context invalidated". Such a script must stop cleanly: disconnect its observers, stop listening,
// take its panel (whose buttons would reach nobody) off the page, and touch nothing else; the page
// keeps what it shows. It learns it the next time it would call the runtime or react to the page.
import { native } from '../common/native';

/** Is the extension that injected this script still installed and enabled? */
export const extensionAlive = (): boolean => typeof native?.runtime?.id === 'string';

const stops: (() => void)[] = [];

/** Run `stop` when the extension is found gone. */
export const onEnd = (stop: () => void): void => {
  stops.push(stop);
};

/** Is the extension still there? The first time it is not, every `onEnd` runs (the list is emptied). */
export function stillAlive(): boolean {
  if (extensionAlive()) return true;
  try {
    for (const stop of stops.splice(0)) stop();
  } catch {
    // Nothing more to stop safely (the stops are registered most important first).
  }
  return false;
}

// The one watcher of the page after cleaning: a single MutationObserver on the whole document that
// sees both an article that arrives late or is replaced by the page's script, and boilerplate that
// the page's scripts put into the body after we cleaned it (ad slots, quote spans, promos). Bounded
// both ways: it stops after a number of reactions or some seconds after the load event, whichever
// comes first, and when the script's lifetime ends.
const MAX_RUNS = 20;
const AFTER_LOAD_MS = 8000;

export interface PageWatch {
  /** Run `fn` (our own DOM changes) without it being seen as the page's. */
  quietly<T>(fn: () => T): T;
  /** Stop watching before the lifetime ends (our code failed and left the page as it was). */
  stop(): void;
}

/**
 * Calls `onAdded` with the page's records whenever it adds nodes; `onAdded` says whether it acted
 * (only those runs count against the bound, so the page's own unrelated ads do not use it up).
 */
export function watchPage(
  doc: Document,
  signal: AbortSignal,
  onAdded: (records: readonly MutationRecord[]) => boolean,
): PageWatch {
  const stopped = new AbortController();
  const stop = () => stopped.abort();
  let runs = 0;
  const observer = new MutationObserver((records) => {
    if (!records.some((record) => record.addedNodes.length > 0)) return;
    if (onAdded(records) && ++runs >= MAX_RUNS) stop();
  });
  const view = doc.defaultView;
  stopped.signal.addEventListener('abort', () => observer.disconnect());
  signal.addEventListener('abort', stop, { once: true, signal: stopped.signal });
  if (signal.aborted) stop();
  else observer.observe(doc, { childList: true, subtree: true });
  const startClock = () => {
    const timer = setTimeout(stop, AFTER_LOAD_MS);
    stopped.signal.addEventListener('abort', () => clearTimeout(timer));
  };
  if (doc.readyState === 'complete') startClock();
  else view?.addEventListener('load', startClock, { once: true, signal: stopped.signal });
  return {
    quietly(fn) {
      try {
        return fn();
      } finally {
        observer.takeRecords();
      }
    },
    stop,
  };
}

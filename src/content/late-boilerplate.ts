// Boilerplate that the page's own scripts put into the body after we cleaned it (ad slots, quote
// spans, promos). One observer on the body container, bounded both ways: it stops after a number of
// re-cleanings or some seconds after the load event, whichever comes first, and is disconnected then.
// The same bounded watch on the whole document catches an article that arrives late or is replaced.
const MAX_RUNS = 20;
const AFTER_LOAD_MS = 8000;

export interface LateWatch {
  /** Run `fn` (our own DOM changes) without it being seen as the page's. */
  quietly<T>(fn: () => T): T;
  stop(): void;
}

/** Calls `onAdded` when the page adds nodes inside `container`, at most MAX_RUNS times. */
export function watchLateBoilerplate(container: Node, onAdded: () => void): LateWatch {
  let runs = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (!records.some((record) => record.addedNodes.length > 0)) return;
    runs += 1;
    if (runs >= MAX_RUNS) stop();
    onAdded();
  });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    window.removeEventListener('load', startClock);
  };
  const startClock = () => {
    timer = setTimeout(stop, AFTER_LOAD_MS);
  };
  observer.observe(container, { childList: true, subtree: true });
  if (document.readyState === 'complete') startClock();
  else window.addEventListener('load', startClock, { once: true });
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

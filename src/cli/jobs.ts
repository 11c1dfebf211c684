// How many pages `extract --jsonl` extracts at once when --jobs does not say: one per core that is
// idle, as `make --load-average` reasons. Each job past the first is a worker thread, which loads the
// extraction and warms up from cold (about half a second of CPU); where other programs keep the cores
// busy it gains no time, and one thread is faster. Even on an idle 2-core machine two threads gain
// little: V8's garbage collector already runs on the second core (32 shared pages: 19.7 pages/s on
// one thread, 19.6 on two; 79 against 95 ms of CPU a page).

/** `cores` minus the one-minute load average, rounded, at least 1 and at most `cores`. */
export function defaultJobs(cores: number, load: number): number {
  return Math.min(cores, Math.max(1, Math.round(cores - load)));
}

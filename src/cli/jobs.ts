// How many pages `extract --jsonl` extracts at once when --jobs does not say: one per core that is
// idle, as `make --load-average` reasons. A worker costs about a second of CPU to start (its own
// jsdom, its own warm-up); where other programs keep the cores busy it gains no time, and one thread
// is faster (on a 2-core machine at load 5 to 12: 5.9–7.5× the pages/s of a process per page against
// 4.7–5.3× on two threads; 148 against 189 ms of CPU a page).

/** `cores` minus the one-minute load average, rounded, at least 1 and at most `cores`. */
export function defaultJobs(cores: number, load: number): number {
  return Math.min(cores, Math.max(1, Math.round(cores - load)));
}

// How many pages `extract --jsonl` extracts at once when --jobs does not say: one per core that is
// idle, as `make --load-average` reasons, and no more than the pages repay. Each job past the first is
// a worker thread, which loads the extraction and warms up from cold (about 0.4 s of CPU, the work of
// some 30 warm pages); where other programs keep the cores busy it gains no time. On an idle 2-core
// machine one thread did 96 shared pages in 1.7 s and two in 1.9-2.3; at 192 pages the two were even.

/** Pages a thread past the first must have to repay its start. */
export const PAGES_PER_JOB = 100;

/**
 * `cores` minus the one-minute load average, rounded, at least 1 and at most `cores`; and no more
 * threads than there are `pages` to repay them.
 */
export function defaultJobs(cores: number, load: number, pages: number): number {
  const idle = Math.min(cores, Math.max(1, Math.round(cores - load)));
  return Math.min(idle, Math.max(1, Math.floor(pages / PAGES_PER_JOB)));
}

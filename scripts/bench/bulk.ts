// `npm run bench -- --bulk`: the extract command's bulk throughput, as scripts/bulk-throughput.mjs
// measures it (one `--jsonl` process over every shared page against one process per page), run
// after the browser part so that Chromium does not share the cores with it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PAGES_PER_JOB } from '../../src/cli/jobs';
import { ROOT } from '../lib/paths';

export interface Bulk {
  pages: number;
  loadAverage: number;
  perPageProcess: number;
  jsonl: number;
  jsonlOneThread: number;
  ratio: number;
  ratioOneThread: number;
  cpuMsPerPage: Record<'perPageProcess' | 'jsonl' | 'jsonlOneThread', number> | null;
  sameOutput: boolean;
}

export function bulkThroughput(rounds: number): Bulk | { error: string } {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts', 'bulk-throughput.mjs'), '--rounds', String(rounds), '--json'],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (!run.stdout.trim()) return { error: `bulk-throughput exited ${run.status}: ${run.stderr.trim()}` };
  return JSON.parse(run.stdout) as Bulk;
}

/** The verdict's line for bulk extraction. */
export function bulkLine(bulk: Bulk | { error: string }): string {
  if ('error' in bulk) return `bulk: ${bulk.error}`;
  const rate = (n: number) => `${n.toFixed(1)} pages/s`;
  // With no --jobs, one thread takes every batch too small to repay a second (src/cli/jobs.ts).
  const oneBelow = 2 * PAGES_PER_JOB;
  return `bulk: extract --jsonl ${rate(bulk.jsonlOneThread)} on one thread (${bulk.ratioOneThread.toFixed(1)}x; the default below ${oneBelow} pages), ${rate(bulk.jsonl)} on a thread per core (${bulk.ratio.toFixed(1)}x), against one process per page ${rate(bulk.perPageProcess)} (${bulk.pages} pages, load average ${bulk.loadAverage.toFixed(1)}${bulk.sameOutput ? '' : '; OUTPUT DIFFERS'})`;
}

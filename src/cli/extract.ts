// `npm run --silent extract -- PAGE.html [--url URL] [--accessed YYYY-MM-DD] [--explain]`, or `--jsonl PAGE.html…`:
// run the content script's pipeline on saved pages and print the contract's JSON
// (shared/notes/contract.md). One page: exit 2 with one line on stderr where it cannot be read.
// --jsonl: an error line for such a page, and exit 1 at the end.
// The extraction (and its DOM) is imported only where this thread extracts; with --jsonl over several
// cores the main thread extracts pages too, beside its workers, and writes the lines in order.
import { once } from 'node:events';
import { availableParallelism, loadavg } from 'node:os';
import { type ExtractArgs, parseArgs, USAGE, UsageError } from './args';
import { defaultJobs } from './jobs';
import { type JsonlIo, runJsonl } from './jsonl';
import type { JsonlOptions } from './line';
import { Pool } from './pool';
import { progressLine } from './progress';
import { readPage } from './read';

/** The worker's script, bundled beside this one by scripts/extract.mjs. */
const WORKER = new URL('./jsonl-worker.mjs', import.meta.url);

/** Pages asked for per worker before the oldest is written: enough that none waits for the writer. */
const AHEAD_PER_JOB = 4;

function fail(message: string, status = 2): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(status);
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}

async function single(args: ExtractArgs): Promise<void> {
  const { extractPage } = await import('./extract-page');
  const file = args.files[0] as string;
  const output = await extractPage(readPage(file), args.url, {
    accessed: args.accessed ?? undefined,
    explain: args.explain,
  });
  await write(JSON.stringify(output, null, 2));
}

/** This thread, and where more jobs are asked for, as many worker threads more. */
async function lines(
  jobs: number,
  options: JsonlOptions,
): Promise<{ lineOf: JsonlIo['lineOf']; close(): Promise<void> }> {
  // The import loads asynchronously: the workers start (and load theirs) while this thread loads it.
  const extraction = import('./page-line');
  const here = async (file: string) => (await extraction).pageLine(file, options, readPage);
  const pool = jobs > 1 ? new Pool(WORKER, jobs - 1, options, here) : null;
  await extraction;
  return pool ?? { lineOf: here, close: async () => {} };
}

async function jsonl(args: ExtractArgs): Promise<void> {
  const tty = process.stderr.isTTY;
  const jobs = Math.min(
    args.jobs ?? defaultJobs(availableParallelism(), loadavg()[0] ?? 0, args.files.length),
    args.files.length,
  );
  const source = await lines(jobs, { url: args.url, accessed: args.accessed ?? undefined });
  try {
    const allRead = await runJsonl(
      args.files,
      {
        lineOf: source.lineOf.bind(source),
        write,
        progress: tty
          ? (done, total, file) =>
              process.stderr.write(progressLine(done, total, file, process.stderr.columns))
          : undefined,
      },
      jobs * AHEAD_PER_JOB,
    );
    if (tty) process.stderr.write('\n');
    process.exitCode = allRead ? 0 : 1;
  } finally {
    await source.close();
  }
}

async function main(): Promise<void> {
  let args: ExtractArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) fail(`${error.message}\n${USAGE}`);
    throw error;
  }
  await (args.jsonl ? jsonl(args) : single(args));
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

// `npm run --silent extract -- PAGE.html [--url URL] [--accessed YYYY-MM-DD] [--explain]`, or `--jsonl PAGE.html…`:
// run the content script's pipeline on saved pages and print the contract's JSON
// (shared/notes/contract.md). One page: exit 2 with one line on stderr where it cannot be read.
// --jsonl: an error line for such a page, and exit 1 at the end.
import { once } from 'node:events';
import { type ExtractArgs, parseArgs, USAGE, UsageError } from './args';
import { extractPage } from './extract-page';
import { runJsonl } from './jsonl';
import { progressLine } from './progress';
import { readPage } from './read';

function fail(message: string, status = 2): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(status);
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}

async function single(args: ExtractArgs): Promise<void> {
  const file = args.files[0] as string;
  const output = await extractPage(readPage(file), args.url, {
    accessed: args.accessed ?? undefined,
    explain: args.explain,
  });
  await write(JSON.stringify(output, null, 2));
}

async function jsonl(args: ExtractArgs): Promise<void> {
  const tty = process.stderr.isTTY;
  const allRead = await runJsonl(
    args.files,
    { url: args.url, accessed: args.accessed ?? undefined },
    {
      read: readPage,
      write,
      progress: tty
        ? (done, total, file) => process.stderr.write(progressLine(done, total, file, process.stderr.columns))
        : undefined,
    },
  );
  if (tty) process.stderr.write('\n');
  process.exitCode = allRead ? 0 : 1;
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

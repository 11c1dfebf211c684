// `npm run --silent extract -- PAGE.html [--url URL] [--explain]`: run the content script's pipeline on
// a saved page and print the contract's JSON (shared/notes/contract.md); with --explain, also where each
// document field came from and what each cleaning rule removed. Exit 2 with one line on stderr where
// the file cannot be read.
import { readFileSync } from 'node:fs';
import { extractPage } from './extract-page';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

const USAGE = 'usage: extract PAGE.html [--url URL] [--explain]';

function parseArgs(argv: string[]): { file: string; url: string | null; explain: boolean } {
  let file: string | null = null;
  let url: string | null = null;
  let explain = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--url') {
      url = argv[++i] ?? fail('--url needs an address');
    } else if (arg.startsWith('--url=')) {
      url = arg.slice('--url='.length);
    } else if (arg === '--explain') {
      explain = true;
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg} (${USAGE})`);
    } else if (file === null) {
      file = arg;
    } else {
      fail(`only one page at a time (${USAGE})`);
    }
  }
  return { file: file ?? fail(`no page given (${USAGE})`), url, explain };
}

function read(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String(code ?? error);
    return fail(`cannot read ${file}: ${why}`);
  }
}

async function main(): Promise<void> {
  const { file, url, explain } = parseArgs(process.argv.slice(2));
  const output = explain
    ? await extractPage(read(file), url, { explain })
    : await extractPage(read(file), url);
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

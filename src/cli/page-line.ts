// One page of `extract --jsonl` as its line: the contract's object with its file, or an error line.
// Runs in the main thread (one job) or in a worker (several); either way the same line for a page.
import { extractPage } from './extract-page';
import { errorLine, type JsonlOptions, type PageLine } from './line';

export async function pageLine(
  file: string,
  options: JsonlOptions,
  read: (file: string) => Uint8Array,
): Promise<PageLine> {
  try {
    const output = await extractPage(read(file), options.url ?? null, options);
    return { line: JSON.stringify({ file, ...output }), read: true };
  } catch (error) {
    return errorLine(file, error instanceof Error ? error.message : String(error));
  }
}

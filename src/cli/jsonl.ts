// `extract --jsonl PAGE.html…`: one JSON object per line, in argument order, however many pages are
// under way at once. A page that cannot be read or extracted gets an error line and the run goes on.
import type { PageLine } from './line';

export interface JsonlIo {
  /** The page's line; never rejects (a failure is an error line). */
  lineOf(file: string): Promise<PageLine>;
  /** Writes one line (without its line end); resolves when the output can take more. */
  write(line: string): Promise<void>;
  /** Called after each page, for a progress bar. */
  progress?(done: number, total: number, file: string): void;
}

/**
 * Returns true when every page was read. Up to `ahead` pages are asked for before the oldest is
 * written, so that several workers stay busy while the output keeps its order and memory stays bounded.
 */
export async function runJsonl(files: readonly string[], io: JsonlIo, ahead = 1): Promise<boolean> {
  let allRead = true;
  const asked: Promise<PageLine>[] = [];
  let next = 0;
  const askMore = () => {
    while (next < files.length && asked.length < ahead) asked.push(io.lineOf(files[next++] as string));
  };
  askMore();
  for (const [index, file] of files.entries()) {
    const { line, read } = await (asked.shift() as Promise<PageLine>);
    askMore();
    allRead &&= read;
    await io.write(line);
    io.progress?.(index + 1, files.length, file);
  }
  return allRead;
}

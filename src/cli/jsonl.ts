// `extract --jsonl PAGE.html…`: every page in one process, one JSON object per line in argument order.
// A page that cannot be read or extracted gets an error line and the run goes on.
import { type ExtractOptions, extractPage } from './extract-page';

export interface JsonlIo {
  read(file: string): Uint8Array;
  /** Writes one line (without its line end); resolves when the output can take more. */
  write(line: string): Promise<void>;
  /** Called after each page, for a progress bar. */
  progress?(done: number, total: number, file: string): void;
}

/** Any message on one line: the error line must not break the one-object-per-line format. */
const oneLine = (message: string) => message.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** Returns true when every page was read. */
export async function runJsonl(
  files: readonly string[],
  options: ExtractOptions & { url?: string | null },
  io: JsonlIo,
): Promise<boolean> {
  let allRead = true;
  for (const [index, file] of files.entries()) {
    let line: string;
    try {
      const output = await extractPage(io.read(file), options.url ?? null, options);
      line = JSON.stringify({ file, ...output });
    } catch (error) {
      allRead = false;
      line = JSON.stringify({ file, error: oneLine(error instanceof Error ? error.message : String(error)) });
    }
    await io.write(line);
    io.progress?.(index + 1, files.length, file);
  }
  return allRead;
}

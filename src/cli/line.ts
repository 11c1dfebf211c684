// A line of `extract --jsonl` and its error form; light, for the main thread that only orders lines.
import type { ExtractOptions } from './extract-page';

export interface PageLine {
  /** The JSON object, on one line. */
  line: string;
  /** False where the page could not be read or extracted: the line is an error line. */
  read: boolean;
}

export type JsonlOptions = ExtractOptions & { url?: string | null };

/** Any message on one line: the error line must not break the one-object-per-line format. */
const oneLine = (message: string) => message.replace(/\s*[\r\n]+\s*/g, ' ').trim();

export const errorLine = (file: string, message: string): PageLine => ({
  line: JSON.stringify({ file, error: oneLine(message) }),
  read: false,
});

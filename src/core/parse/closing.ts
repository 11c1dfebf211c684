// The end of a document as issued: 发文机关署名 and 成文日期 under it; and the party documents' form,
// where the 成文日期 stands in brackets on the line under the title.

import { parseDate } from '../dates/document';
import type { Block } from '../types';
import { isSignatureLine } from './kinds';
import type { Span } from './span';

/** A signature block has at most this many lines (joint documents print one issuer a line). */
const SIGNATURE_LINES = 4;

/** A lone date without a signature counts only this near the end (a date line before a trailing remark). */
const TAIL = 2;

export interface Closing {
  /** Signature lines (null when only a right-aligned or final date was found). */
  signature: Span | null;
  dateIndex: number;
  date: string;
  /** The closing counts as a signal of a document (a signature, or a right-aligned date). */
  signal: boolean;
}

/** The date under the signature: the first date-only block after `from` preceded by a signature. */
export function findClosing(
  blocks: readonly Block[],
  lines: readonly string[],
  from: number,
): Closing | null {
  let fallback: Closing | null = null;
  for (let i = Math.max(from, 0); i < lines.length; i++) {
    const date = parseDate(lines[i] ?? '');
    if (!date) continue;
    let first = i;
    while (first - 1 >= from && i - first < SIGNATURE_LINES && isSignatureLine(lines[first - 1] ?? ''))
      first--;
    if (first < i) return { signature: { first, last: i - 1 }, dateIndex: i, date, signal: true };
    const right = blocks[i]?.align === 'right';
    // A lone date with no signature: only as the document's date when right-aligned or at the end.
    if (!fallback && (right || i >= lines.length - TAIL))
      fallback = { signature: null, dateIndex: i, date, signal: right };
  }
  return fallback;
}

/** `（2021年9月22日）` alone on the line right under the title: a party document's 成文日期. */
export function findPartyDate(
  lines: readonly string[],
  after: number,
): { index: number; date: string } | null {
  const m = /^[（(]([^（）()]{6,20})[）)]$/.exec(lines[after + 1] ?? '');
  const date = m?.[1] ? parseDate(m[1]) : null;
  return date ? { index: after + 1, date } : null;
}

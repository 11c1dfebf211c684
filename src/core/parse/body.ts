// The document's own paragraphs, for the outline: every block from the body's start that no step
// took as part of the frame (release or order lines, title, number, 主送, signature, date, notes,
// attachment lines).

import type { OutlineLine } from './outline';
import type { Incomplete } from './remarks';

export function bodyLines(
  lines: readonly string[],
  from: number,
  taken: ReadonlySet<number>,
  closingAt: number | null,
  incomplete: Incomplete | null,
): OutlineLine[] {
  const out: OutlineLine[] = [];
  // The first paragraph after the closing starts a new part (an attached text); later ones continue it.
  let freshDone = false;
  for (let i = from; i < lines.length; i++) {
    if (taken.has(i)) continue;
    let text = lines[i] ?? '';
    // `（未完待续）` closing the last paragraph is the republisher's, not the document's.
    if (incomplete?.suffix && i === incomplete.index) text = text.slice(0, -incomplete.suffix.length).trim();
    if (text === '') continue;
    const fresh = closingAt !== null && i > closingAt && !freshDone;
    if (fresh) freshDone = true;
    out.push({ text, block: i, fresh });
  }
  return out;
}

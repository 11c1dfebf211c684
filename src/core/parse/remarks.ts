// Remarks in brackets that are not part of the text: the 附注 (`（此件公开发布）`), and the republisher's
// word that the text is not complete (`（本文有删减）`, `（未完待续）`).

/** 附注 and the republisher's remark: `（此件公开发布）`, `（本文有删减）`. */
function parseNote(line: string): string | null {
  const m = /^[（(]([^（）()]{2,20})[）)]$/.exec(line.trim());
  const inner = m?.[1]?.trim();
  return inner && /此件|删减|节选|摘编|摘要/.test(inner) ? inner : null;
}

/** The note in the first of `at` (block indexes, most likely first) that holds one. */
export function findNote(
  lines: readonly string[],
  at: readonly number[],
): { index: number; note: string } | null {
  for (const i of at) {
    const note = i >= 0 ? parseNote(lines[i] ?? '') : null;
    if (note !== null) return { index: i, note };
  }
  return null;
}

/** A 附注 that says the printed text is a cut of the document. */
const CUT_NOTE = /删减|节选|摘编|摘要/;

/** `（未完待续）` closing the last paragraph (or standing alone after it): a serialised text's first part. */
const TO_BE_CONTINUED = /[（(]\s*(未完待续|待续)\s*[）)]$/;

export interface Incomplete {
  remark: string;
  /** The block that carries the remark. */
  index: number;
  /** The remark closes a paragraph of the text: the outline drops it from that paragraph. */
  suffix: string | null;
}

/** The remark that the text is not complete: `（未完待续）` at the end, or a cut 附注. */
export function findIncomplete(
  lines: readonly string[],
  note: { index: number; note: string } | null,
): Incomplete | null {
  const last = lines.length - 1;
  const m = TO_BE_CONTINUED.exec(lines[last] ?? '');
  if (m?.[1]) return { remark: m[1], index: last, suffix: m[0] };
  return note && CUT_NOTE.test(note.note) ? { remark: note.note, index: note.index, suffix: null } : null;
}

// The heading hierarchy of a document's body.
//
// Depth order (GB/T 9704 for 一、…（1）; regulations and plans use 章/节/条):
//   第一章 → 第一节 → 第一条 → 一、 → （一） → 1. / 1． / 1、 → （1）
// A label's rank fixes its depth, so a level may be skipped (1． directly under 一、) and a lower
// level whose numbering runs on across parents (（一）…（二十二） across 一、…八、) nests correctly:
// the label is kept as printed, never renumbered.

import type { Clause } from '../types';

const CN = '一二三四五六七八九十百千零〇两';

interface LabelForm {
  rank: number;
  pattern: RegExp;
}

// Each pattern captures the label as printed (group 1). What must NOT match:
//  `一是…` (no 、), `——…` (a dash), `1月24日` and `2021年` (a digit not followed by . ． 、),
//  `1.5倍` (a decimal), `（六个方面…）` (not a bare numeral in the brackets).
const FORMS: readonly LabelForm[] = [
  { rank: 0, pattern: new RegExp(`^(第[${CN}\\d]{1,6}章)`) },
  { rank: 1, pattern: new RegExp(`^(第[${CN}\\d]{1,6}节)`) },
  { rank: 2, pattern: new RegExp(`^(第[${CN}\\d]{1,8}条)`) },
  { rank: 3, pattern: new RegExp(`^([${CN}]{1,4}、)`) },
  { rank: 4, pattern: new RegExp(`^([（(][${CN}]{1,4}[）)])`) },
  { rank: 5, pattern: /^([0-9０-９]{1,3}[.．、])(?![0-9０-９])/ },
  { rank: 6, pattern: /^([（(][0-9０-９]{1,3}[）)])/ },
];

/** What every form's label starts with: most paragraphs start with none of these, and need no pattern. */
const LABEL_START = new RegExp(`^[第${CN}（(0-9０-９]`);

/** Rank of `第X条`: its text opens with the provision itself, never a heading. */
const ARTICLE_RANK = 2;

export interface Label {
  /** As printed: `一、`, `（一）`, `1．`, `第十二条` … */
  label: string;
  /** 0 = 章 … 6 = （1）: smaller is higher. */
  rank: number;
  /** The paragraph text after the label, trimmed. */
  rest: string;
}

/** The clause label that opens a paragraph, or null. */
export function matchLabel(text: string): Label | null {
  const t = text.trim();
  if (!LABEL_START.test(t)) return null;
  for (const { rank, pattern } of FORMS) {
    const m = pattern.exec(t);
    if (!m?.[1]) continue;
    const rest = t.slice(m[1].length).replace(/^[\s\u3000]+/, '');
    // `一、` with nothing after it is still a label (heading on the next line), but a bare `1.` is not.
    if (rest === '' && rank >= 5) return null;
    return { label: m[1], rank, rest };
  }
  return null;
}

/**
 * The short heading that opens a clause: the lead phrase up to the first 。：；！？ or space, or the
 * whole paragraph when it is short and has no such mark (`坚持创新驱动，打造北京发展新高地`). A lead
 * phrase that ends in a mark and holds a comma is a sentence, not a heading (`同意设立…，规划面积…。`);
 * neither is a long first sentence (`原则同意《…》（以下简称《规划》），请认真组织实施。`). The bound is 30
 * characters, because real headings such as `在确保安全清洁高效利用的前提下有序释放煤炭优质产能` run to 26.
 */
const HEADING = /^([^。：:；;！？!?\s\u3000]{1,30})([。：:；;！？!?\s\u3000]|$)/;

export function clauseHeading(rest: string, rank: number): string | null {
  if (rank === ARTICLE_RANK) return null;
  const m = HEADING.exec(rest);
  const lead = m?.[1];
  if (!lead) return null;
  if (m[2] !== '' && /[，,]/.test(lead)) return null;
  return lead;
}

/** One paragraph fed to the outline builder. */
export interface OutlineLine {
  text: string;
  /** Index of the block in the document's block list. */
  block: number;
  /**
   * Starts a new part (an attached text after the signature): unnumbered paragraphs that follow are
   * not appended to the last clause before it. The top-level list itself goes on in reading order.
   */
  fresh?: boolean;
}

interface Open {
  clause: Clause;
  rank: number;
}

/** Builds the clause tree from the body's paragraphs in reading order. */
export function buildOutline(lines: readonly OutlineLine[]): Clause[] {
  const top: Clause[] = [];
  const stack: Open[] = [];
  for (const line of lines) {
    if (line.fresh) stack.length = 0;
    const label = matchLabel(line.text);
    if (!label) {
      // An unnumbered paragraph belongs to the innermost open clause; before the first one (a
      // preamble) it belongs to none.
      const open = stack[stack.length - 1];
      if (!open) continue;
      const text = line.text.trim();
      const c = open.clause;
      // `第一章` alone on its line, then `总则`: the next short line is its heading.
      if (c.text === '' && c.heading === null && open.rank < ARTICLE_RANK)
        c.heading = clauseHeading(text, open.rank);
      c.text = c.text === '' ? text : `${c.text}\n${text}`;
      continue;
    }
    const clause: Clause = {
      label: label.label,
      heading: clauseHeading(label.rest, label.rank),
      text: label.rest,
      children: [],
      block: line.block,
    };
    while ((stack[stack.length - 1]?.rank ?? -1) >= label.rank) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.clause.children : top).push(clause);
    stack.push({ clause, rank: label.rank });
  }
  return top;
}

// 附件: the `附件：1．…` lines before the signature, and the attached texts after it, each opening with
// its own title (an attached 办法, 措施, 规划, 目录 …). A list of names (units, places, people) under a
// bare `附件` line is an attachment's body whose title the republisher dropped: no title is invented.

import { parseDate } from '../dates/document';
import { isOrgName } from './kinds';
import { matchLabel } from './outline';

/** Longer than this, an `1．…` line under `附件：` is a sentence, not an attachment's title. */
const ATTACHMENT_TITLE_MAX = 60;

/** `附件：1．…` → the title without its number; `附件` / `附件2` alone → '' (the title follows). */
function parseAttachmentLine(line: string): string | null {
  const m = /^附件\s*(?:[0-9０-９]{1,2})?\s*(?:[：:]\s*(.*))?$/.exec(line.trim());
  if (!m) return null;
  return (m[1] ?? '').replace(/^[0-9０-９]{1,3}[.．、]\s*/, '').trim();
}

/** `北京市　天津市`, `张三　李四`: short items set apart by spaces, as a list of names is aligned. */
const SPACED_ITEMS = /^\S{1,12}(?:[\s\u3000]+\S{1,12})+$/;

/** A line that can be the title of an attached text: one short phrase, not a clause, a date or a name. */
function isAttachedTitle(line: string): boolean {
  const t = line.trim();
  return (
    t.length >= 4 &&
    t.length <= ATTACHMENT_TITLE_MAX &&
    !/[。；;：:！？，,]/.test(t) &&
    matchLabel(t) === null &&
    parseDate(t) === null &&
    !/^[（(].*[）)]$/.test(t) &&
    !isOrgName(t) &&
    !SPACED_ITEMS.test(t)
  );
}

export interface Attachments {
  titles: string[];
  /** Blocks that are attachment lines or titles (not part of the outline). */
  blocks: number[];
}

/**
 * `附件：` lines (with `2．…` continuation lines) between `from` and `end` (the closing's date), then
 * attached texts after `end`: the first block after it may be a title, later ones only behind their
 * own `附件N` line. `end` null: there is no closing, so nothing is attached after it.
 */
export function findAttachments(
  lines: readonly string[],
  from: number,
  end: number | null,
  taken: ReadonlySet<number>,
): Attachments {
  const titles: string[] = [];
  const blocks: number[] = [];
  const add = (s: string) => {
    if (s !== '' && !titles.includes(s)) titles.push(s);
  };
  const listEnd = end === null ? lines.length : end + 1;
  for (let i = from; i < listEnd; i++) {
    const first = parseAttachmentLine(lines[i] ?? '');
    if (first === null) continue;
    blocks.push(i);
    add(first);
    for (let j = i + 1; j < listEnd; j++) {
      const m = /^[0-9０-９]{1,3}[.．、]\s*(.+)$/.exec(lines[j] ?? '');
      if (!m?.[1] || /[。；;]/.test(m[1]) || m[1].length > ATTACHMENT_TITLE_MAX) break;
      blocks.push(j);
      add(m[1].trim());
      i = j;
    }
  }
  if (end === null) return { titles, blocks };
  let i = end + 1;
  while (taken.has(i) || blocks.includes(i)) i++;
  let first = true;
  for (; i < lines.length; i++) {
    const marker = parseAttachmentLine(lines[i] ?? '') === '';
    if (!first && !marker) continue;
    first = false;
    const titleAt = marker ? i + 1 : i;
    if (marker) blocks.push(i);
    // A title heads a text: something must follow it (a trailing `点击查看原文` is no attachment).
    if (!isAttachedTitle(lines[titleAt] ?? '') || titleAt >= lines.length - 1) continue;
    blocks.push(titleAt);
    add(lines[titleAt] ?? '');
    // A bracketed subtitle under the title: `（六个方面33项措施）`.
    const sub = lines[titleAt + 1] ?? '';
    if (/^[（(][^）)]{1,30}[）)]$/.test(sub) && matchLabel(sub) === null) blocks.push(titleAt + 1);
    i = titleAt;
  }
  return { titles, blocks };
}

// Assembles an official document (公文) from the cleaned body's blocks.
//
// DETECTION RULE. An article carries a document only when the body shows at least TWO of these four
// independent structural signals, each of which a document prints and news prose does not:
//   1. title   — its own title line near the top: issuer + 关于/转发/批转/印发 … + a kind as the last
//                word (possibly split over two or three blocks);
//   2. number  — its own 发文字号 standing alone on a line near the top;
//   3. addressee — a line near the top ending in `：` made only of names of public bodies;
//   4. closing — a block holding only a date, right under a signature line (body names, or
//                `总理 李克强`), or right-aligned.
// News about a document (`1月24日，国务院发布《…方案》…`) cites titles and dates inside sentences but
// has none of these lines; ordinary news has none either. The page title is never a signal (a news
// headline may be a document's title); it only supplies the title when the body lacks one.

import type { Block, DocNumber, OfficialDocument } from '../types';
import { parseDate } from './date';
import {
  isDocumentTitle,
  isOrgName,
  isSignatureLine,
  issuersFromSignature,
  issuersFromTitle,
  kindFromTitle,
} from './kinds';
import { findCitedNumbers, parseOwnNumber } from './number';
import { buildOutline, matchLabel, type OutlineLine } from './outline';

/** How far from the top the title, number and addressee may stand. */
const HEAD = 6;

interface Span {
  first: number;
  last: number;
}

const texts = (blocks: readonly Block[]): string[] => blocks.map((b) => b.text.trim());

/** The title in the first blocks, joined when split over up to three blocks. */
function findTitle(t: readonly string[]): (Span & { text: string }) | null {
  for (let i = 0; i < Math.min(t.length, HEAD); i++) {
    let joined = '';
    for (let j = i; j < Math.min(t.length, i + 3); j++) {
      const line = t[j] ?? '';
      // A title line is short and carries no sentence punctuation; a part ending in ： is an addressee.
      if (line.length > 80 || /[。；;：:]/.test(line)) break;
      joined += line;
      if (isDocumentTitle(joined)) return { first: i, last: j, text: joined };
      // A line ending in a kind word closes whatever title there is; do not join past it.
      if (kindFromTitle(line) !== null) break;
    }
  }
  return null;
}

function findNumber(t: readonly string[], skip: Span | null): (Span & { number: DocNumber }) | null {
  for (let i = 0; i < Math.min(t.length, HEAD + 1); i++) {
    if (skip && i >= skip.first && i <= skip.last) continue;
    const own = parseOwnNumber(t[i] ?? '', t[i + 1]);
    if (own) return { first: i, last: i + own.lines - 1, number: own.number };
  }
  return null;
}

/** `各省、自治区、直辖市人民政府，国务院各部委、各直属机构：` → its groups; null when not an addressee line. */
export function parseAddressees(line: string): string[] | null {
  const m = /^(.+)[：:]$/.exec(line.trim());
  if (!m?.[1] || /[。！？《》“”]/.test(m[1])) return null;
  const parts = m[1]
    .split(/[，,；;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return parts.length > 0 && parts.every(isOrgName) ? parts : null;
}

function findAddressees(t: readonly string[], after: number): { index: number; names: string[] } | null {
  for (let i = after + 1; i < Math.min(t.length, after + 4); i++) {
    const names = parseAddressees(t[i] ?? '');
    if (names) return { index: i, names };
  }
  return null;
}

interface Closing {
  /** Signature lines (may be empty when only a right-aligned date was found). */
  signature: Span | null;
  dateIndex: number;
  date: string;
  /** The closing counts as a signal (a signature, or a right-aligned date). */
  signal: boolean;
}

/** The date under the signature: the first date-only block after `from` preceded by a signature. */
function findClosing(blocks: readonly Block[], t: readonly string[], from: number): Closing | null {
  let fallback: Closing | null = null;
  for (let i = Math.max(from, 0); i < t.length; i++) {
    const date = parseDate(t[i] ?? '');
    if (!date) continue;
    let first = i;
    while (first - 1 >= from && i - first < 4 && isSignatureLine(t[first - 1] ?? '')) first--;
    if (first < i) return { signature: { first, last: i - 1 }, dateIndex: i, date, signal: true };
    const right = blocks[i]?.align === 'right';
    // A lone date with no signature: only as the document's date when right-aligned or at the end.
    if (!fallback && (right || i >= t.length - 2))
      fallback = { signature: null, dateIndex: i, date, signal: right };
  }
  return fallback;
}

/** 附注 and the republisher's remark: `（此件公开发布）`, `（本文有删减）`. */
function parseNote(line: string): string | null {
  const m = /^[（(]([^（）()]{2,20})[）)]$/.exec(line.trim());
  const inner = m?.[1]?.trim();
  return inner && /此件|删减|节选|摘编|摘要/.test(inner) ? inner : null;
}

/** `附件：1．…` → the title without its number; `附件` / `附件2` alone → '' (the title follows). */
function parseAttachmentLine(line: string): string | null {
  const m = /^附件\s*(?:[0-9０-９]{1,2})?\s*(?:[：:]\s*(.*))?$/.exec(line.trim());
  if (!m) return null;
  return (m[1] ?? '').replace(/^[0-9０-９]{1,3}[.．、]\s*/, '').trim();
}

/** A line that can be the title of an attached text: short, one phrase, not a clause or a date. */
function isAttachedTitle(line: string): boolean {
  const t = line.trim();
  return (
    t.length >= 4 &&
    t.length <= 60 &&
    !/[。；;：:！？，,]/.test(t) &&
    matchLabel(t) === null &&
    parseDate(t) === null &&
    !/^[（(].*[）)]$/.test(t)
  );
}

export function parseDocument(blocks: readonly Block[], pageTitle: string | null): OfficialDocument | null {
  const t = texts(blocks);
  const title = findTitle(t);
  const number = findNumber(t, title);
  const headEnd = Math.max(title?.last ?? -1, number?.last ?? -1);
  const addressees = findAddressees(t, headEnd);
  const bodyStart = Math.max(headEnd, addressees?.index ?? -1) + 1;
  const closing = findClosing(blocks, t, bodyStart);

  const signals = [title !== null, number !== null, addressees !== null, closing?.signal === true];
  if (signals.filter(Boolean).length < 2) return null;

  // Blocks that are parts of the frame, not of the outline.
  const frame = new Set<number>();
  const mark = (s: Span | null) => {
    if (s) for (let i = s.first; i <= s.last; i++) frame.add(i);
  };
  mark(title);
  mark(number);
  if (addressees) frame.add(addressees.index);
  if (closing) {
    mark(closing.signature);
    frame.add(closing.dateIndex);
  }

  // Note: right after the date, right after the head, or the last block.
  let note: string | null = null;
  const noteAt = [
    ...(closing ? [closing.dateIndex + 1, closing.dateIndex + 2] : []),
    ...(title ? [title.last + 1] : []),
    ...(number ? [number.last + 1] : []),
    headEnd + 1,
    t.length - 1,
  ];
  for (const i of noteAt) {
    const found = i >= 0 ? parseNote(t[i] ?? '') : null;
    if (found !== null) {
      note = found;
      frame.add(i);
      break;
    }
  }

  // Attachments: `附件：` lines (with `2．…` continuation lines), then attached texts after the closing.
  const attachments: string[] = [];
  const addAttachment = (s: string) => {
    if (s !== '' && !attachments.includes(s)) attachments.push(s);
  };
  const afterClosing = closing ? closing.dateIndex + 1 : t.length;
  for (let i = bodyStart; i < afterClosing; i++) {
    const first = parseAttachmentLine(t[i] ?? '');
    if (first === null) continue;
    frame.add(i);
    addAttachment(first);
    for (let j = i + 1; j < afterClosing; j++) {
      const m = /^[0-9０-９]{1,3}[.．、]\s*(.+)$/.exec(t[j] ?? '');
      if (!m?.[1] || /[。；;]/.test(m[1]) || m[1].length > 60) break;
      frame.add(j);
      addAttachment(m[1].trim());
      i = j;
    }
  }
  // After the closing, an attached text begins with its own title (the first block after the closing,
  // maybe behind an `附件` line); further attached texts each behind their own `附件N` line.
  if (closing) {
    let i = afterClosing;
    while (frame.has(i)) i++;
    let first = true;
    for (; i < t.length; i++) {
      const marker = parseAttachmentLine(t[i] ?? '') === '';
      if (!first && !marker) continue;
      first = false;
      const titleAt = marker ? i + 1 : i;
      // A title heads a text: something must follow it (a trailing `点击查看原文` is no attachment).
      if (!isAttachedTitle(t[titleAt] ?? '') || titleAt >= t.length - 1) continue;
      if (marker) frame.add(i);
      frame.add(titleAt);
      addAttachment(t[titleAt] ?? '');
      // A bracketed subtitle under the title: `（六个方面33项措施）`.
      const sub = t[titleAt + 1] ?? '';
      if (/^[（(][^）)]{1,30}[）)]$/.test(sub) && matchLabel(sub) === null) frame.add(titleAt + 1);
      i = titleAt;
    }
  }

  const lines: OutlineLine[] = [];
  for (let i = bodyStart; i < t.length; i++) {
    if (frame.has(i)) continue;
    lines.push({ text: t[i] ?? '', block: i, fresh: closing !== null && i > closing.dateIndex });
  }
  // `fresh` matters only at the first paragraph after the closing; later ones continue that part.
  let seenFresh = false;
  for (const line of lines) {
    if (line.fresh && !seenFresh) seenFresh = true;
    else line.fresh = false;
  }

  const titleText = title?.text ?? (pageTitle && isDocumentTitle(pageTitle) ? pageTitle.trim() : null);
  const ownNumber = number?.number ?? null;
  const signatureLines = closing?.signature
    ? t.slice(closing.signature.first, closing.signature.last + 1)
    : [];
  let issuers = titleText ? issuersFromTitle(titleText) : [];
  if (issuers.length === 0) issuers = issuersFromSignature(signatureLines);
  const isOrder = ownNumber !== null && ownNumber.year === null && ownNumber.text.includes('令第');
  if (issuers.length === 0 && isOrder && ownNumber.agency) {
    // 中华人民共和国国务院令 → 国务院: the order's name states its issuer.
    issuers = [ownNumber.agency.replace(/^中华人民共和国/, '').replace(/令$/, '')];
  }

  const citeText = t.filter((_, i) => !(number && i >= number.first && i <= number.last)).join('\n');

  return {
    kind: (titleText ? kindFromTitle(titleText) : null) ?? (isOrder ? '命令' : null),
    title: titleText,
    issuers,
    number: ownNumber,
    addressees: addressees?.names ?? [],
    date: closing?.date ?? null,
    clauses: buildOutline(lines),
    attachments,
    note,
    cites: findCitedNumbers(citeText, ownNumber),
    titleBlocks: title ? [title.first, title.last] : null,
  };
}

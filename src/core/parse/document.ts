// Assembles an official document (公文) from the cleaned body's blocks: a table of contents of named
// steps, each in its own file.
//
// FORMS. A page carries a document in one of three forms, tried in this order:
//   order   — `…国务院令` / `第745号`, the promulgation sentence, signature, date, then the regulation
//             (findOrderFrame, order.ts);
//   release — a news release that prints the document in full: dateline, `…印发了《…》`, `全文如下`
//             (findReleaseFrame, release.ts); or a dateline glued to the document's own title;
//   issued  — the document as issued: title, 发文字号, 主送, body, signature, date, 附注, attachments.
// A frame sets what the fields mean (issuers from the release sentence; title from 《》; number and
// date from the order; fields.ts); the steps of the issued form then read the rest.
//
// DETECTION. Without an order or a full-text release, an article carries a document only when the
// body shows at least TWO of these independent signals, each printed by a document and not by news:
//   1. title     — its own title line near the top (issuer + 关于/转发/批转/印发 … + a kind word);
//   2. number    — its own 发文字号 standing alone on a line near the top;
//   3. addressee — a line right after the head ending in `：`, made only of names of bodies and places;
//   4. closing   — a date-only block under a signature line, or right-aligned, or `（2021年9月22日）`
//                  under the title (party documents); or a dateline glued to the title.
// News about a document (`国务院日前印发《…》…`) cites titles and dates inside sentences but has none
// of these lines. The page title is never a signal; it only supplies the title when the body lacks one.
// An interview (问：… 答：… before the closing; interview.ts) is never a document as issued, whatever
// title line and signature frame it.

import type { Block, DocField, DocForm, OfficialDocument, Provenance } from '../types';
import { findAttachments } from './attachments';
import { bodyLines } from './body';
import { findClosing, findPartyDate } from './closing';
import { type Chosen, chooseDate, chooseIssuers, chooseNumber, chooseTitle } from './fields';
import { findAddressees, findNumber, findTitle } from './head';
import { isInterview } from './interview';
import { kindFromTitle } from './kinds';
import { findCitedNumbers } from './number';
import { findOrderFrame, type OrderFrame } from './order';
import { buildOutline } from './outline';
import { findReleaseFrame, type ReleaseFrame } from './release';
import { findIncomplete, findNote } from './remarks';
import { markSpan, type Span } from './span';

/** How many of the four signals make a document as issued (one alone is too often seen in news). */
const SIGNALS_NEEDED = 2;

/** The blocks' texts, trimmed: what every step reads. */
const blockTexts = (blocks: readonly Block[]): string[] => blocks.map((b) => b.text.trim());

/** The title's own lines: the regulation's, the body's title line, or the release's repeat of it. */
function titleBlocks(
  order: OrderFrame | null,
  release: ReleaseFrame | null,
  title: Span | null,
): [number, number] | null {
  if (order?.title.ownLine) return [order.title.block, order.title.block];
  if (title) return [title.first, title.last];
  return release?.titleLine != null ? [release.titleLine, release.titleLine] : null;
}

/**
 * The official document the blocks carry, or null where they are not one. `force` (the reader's
 * 这是公文) parses them as a document even where too few of its signals are there: the fields that
 * can be found are shown, the others stay empty.
 */
export function parseDocument(
  blocks: readonly Block[],
  pageTitle: string | null,
  force = false,
): OfficialDocument | null {
  let lines = blockTexts(blocks);

  const order = findOrderFrame(lines);
  const release = order ? null : findReleaseFrame(lines);
  // A dateline glued to the document's title: the title is read without the dateline.
  if (release?.glued) {
    const glued = release.glued;
    lines = lines.map((line, i) => (i === release.datelineBlock ? glued : line));
  }
  const start = order?.start ?? release?.start ?? 0;
  const form: DocForm = order ? 'order' : release ? 'release' : 'issued';

  const title = order ? null : findTitle(lines, start);
  const number = order ? null : findNumber(lines, start, title);
  const headEnd = Math.max(start - 1, title?.last ?? -1, number?.last ?? -1);
  const addressees = order ? null : findAddressees(lines, headEnd);
  // A party document's date stands under its title: the body's title line, or the release's repeat.
  const titleEnd = title?.last ?? release?.titleLine ?? null;
  const partyDate = titleEnd === null ? null : findPartyDate(lines, Math.max(titleEnd, number?.last ?? -1));
  const bodyStart = Math.max(headEnd, addressees?.index ?? -1, partyDate?.index ?? -1) + 1;
  const closing = order ? null : findClosing(blocks, lines, bodyStart);

  const fullRelease = release?.title != null;
  const gluedTitle = release?.glued != null && title?.first === release.datelineBlock;
  const signals = [
    title !== null,
    number !== null,
    addressees !== null,
    closing?.signal === true || partyDate !== null || gluedTitle,
  ];
  // Questions and answers in the text before the closing make it an interview about a document.
  const interview = isInterview(lines, bodyStart, closing?.dateIndex ?? lines.length);
  const enough = !interview && signals.filter(Boolean).length >= SIGNALS_NEEDED;
  if (!order && !fullRelease && !enough && !force) return null;

  // Blocks that belong to the frame, not to the outline.
  const taken = new Set<number>([...(order?.blocks ?? []), ...(release?.blocks ?? [])]);
  markSpan(taken, title);
  markSpan(taken, number);
  if (addressees) taken.add(addressees.index);
  if (partyDate) taken.add(partyDate.index);
  if (closing) {
    markSpan(taken, closing.signature);
    taken.add(closing.dateIndex);
  }
  // 附注: right after the date, right after the head, or the last block.
  const note = findNote(lines, [
    ...(closing ? [closing.dateIndex + 1, closing.dateIndex + 2] : []),
    ...(title ? [title.last + 1] : []),
    ...(number ? [number.last + 1] : []),
    headEnd + 1,
    lines.length - 1,
  ]);
  if (note) taken.add(note.index);
  const incomplete = findIncomplete(lines, note);
  const attachments = findAttachments(lines, bodyStart, closing?.dateIndex ?? null, taken);
  for (const i of attachments.blocks) taken.add(i);
  const outline = bodyLines(lines, bodyStart, taken, closing?.dateIndex ?? null, incomplete);

  const chosenTitle = chooseTitle(order, release, title, pageTitle);
  const chosenNumber = chooseNumber(order, number);
  const signature = closing?.signature
    ? {
        lines: lines.slice(closing.signature.first, closing.signature.last + 1),
        first: closing.signature.first,
      }
    : null;
  const issuers = chooseIssuers(release, chosenTitle, signature, order);
  const date = chooseDate(order, closing, partyDate);
  // The kind is the title's last word; with no title, an announcement's number still names it.
  let kind: Chosen<OfficialDocument['kind']> | null = null;
  if (chosenTitle) kind = { value: kindFromTitle(chosenTitle.value), from: chosenTitle.from };
  else if (number?.number.text.includes('公告'))
    kind = { value: '公告', from: { step: 'findNumber', block: number.first } };

  const provenance: Partial<Record<DocField, Provenance>> = {};
  const record = (field: DocField, chosen: { from: Provenance } | null) => {
    if (chosen) provenance[field] = chosen.from;
  };
  record('kind', kind?.value ? kind : null);
  record('title', chosenTitle);
  record('issuers', issuers);
  record('number', chosenNumber);
  record('addressees', addressees && { from: { step: 'findAddressees', block: addressees.index } });
  record('date', date);
  record('note', note && { from: { step: 'findNote', block: note.index } });
  record('incomplete', incomplete && { from: { step: 'findIncomplete', block: incomplete.index } });
  if (attachments.titles.length > 0)
    record('attachments', { from: { step: 'findAttachments', block: attachments.blocks[0] ?? null } });

  // Cited numbers: everywhere but on the document's own number lines.
  const ownLines = new Set<number>();
  markSpan(ownLines, number);
  if (order) markSpan(ownLines, { first: order.numberBlock, last: order.numberBlock + 1 });
  const ownNumber = chosenNumber?.value ?? null;

  return {
    kind: kind?.value ?? null,
    title: chosenTitle?.value ?? null,
    issuers: issuers?.value ?? [],
    number: ownNumber,
    addressees: addressees?.names ?? [],
    date: date?.value ?? null,
    clauses: buildOutline(outline),
    attachments: attachments.titles,
    note: note?.note ?? null,
    cites: findCitedNumbers(lines.filter((_, i) => !ownLines.has(i)).join('\n'), ownNumber),
    form,
    release: release?.release ?? null,
    incomplete: incomplete?.remark ?? null,
    provenance,
    // Where the title stands on lines of its own (format joins a split title and keeps it out of
    // Markdown's body).
    titleBlocks: titleBlocks(order, release, title),
  };
}

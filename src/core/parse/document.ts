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
// date from the order); the steps of the issued form then read the rest.
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

import type { Block, DocField, DocForm, OfficialDocument, Provenance } from '../types';
import { findAttachments } from './attachments';
import { findClosing, findPartyDate } from './closing';
import { findAddressees, findNumber, findTitle } from './head';
import { isDocumentTitle, issuersFromSignature, issuersFromTitle, kindFromTitle } from './kinds';
import { findCitedNumbers } from './number';
import { findOrderFrame } from './order';
import { buildOutline, type OutlineLine } from './outline';
import { findReleaseFrame } from './release';
import { findIncomplete, findNote } from './remarks';
import { markSpan } from './span';

/** The blocks' texts, trimmed: what every step reads. */
const blockTexts = (blocks: readonly Block[]): string[] => blocks.map((b) => b.text.trim());

export function parseDocument(blocks: readonly Block[], pageTitle: string | null): OfficialDocument | null {
  let lines = blockTexts(blocks);
  const provenance: Partial<Record<DocField, Provenance>> = {};
  const from = (field: DocField, step: string, block: number | null) => {
    provenance[field] = { step, block };
  };

  const order = findOrderFrame(lines);
  const release = order ? null : findReleaseFrame(lines);
  // A dateline glued to the document's title: the title is read without the dateline.
  if (release?.glued)
    lines = lines.map((line, i) => (i === release.datelineBlock ? (release.glued ?? line) : line));
  const start = order?.start ?? release?.start ?? 0;
  const form: DocForm = order ? 'order' : release ? 'release' : 'issued';

  const title = order ? null : findTitle(lines, start);
  const number = order ? null : findNumber(lines, start, title);
  const headEnd = Math.max(start - 1, title?.last ?? -1, number?.last ?? -1);
  const addressees = order ? null : findAddressees(lines, headEnd);
  const partyDate = title ? findPartyDate(lines, Math.max(title.last, number?.last ?? -1)) : null;
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
  if (!order && !fullRelease && signals.filter(Boolean).length < 2) return null;

  // Blocks that are parts of the frame, not of the outline.
  const frame = new Set<number>([...(order?.blocks ?? []), ...(release?.blocks ?? [])]);
  markSpan(frame, title);
  markSpan(frame, number);
  if (addressees) frame.add(addressees.index);
  if (partyDate) frame.add(partyDate.index);
  if (closing) {
    markSpan(frame, closing.signature);
    frame.add(closing.dateIndex);
  }

  // Note: right after the date, right after the head, or the last block.
  const note = findNote(lines, [
    ...(closing ? [closing.dateIndex + 1, closing.dateIndex + 2] : []),
    ...(title ? [title.last + 1] : []),
    ...(number ? [number.last + 1] : []),
    headEnd + 1,
    lines.length - 1,
  ]);
  if (note) frame.add(note.index);
  const incomplete = findIncomplete(lines, note);

  const attachments = findAttachments(lines, bodyStart, closing?.dateIndex ?? null, frame);
  for (const i of attachments.blocks) frame.add(i);

  const outline: OutlineLine[] = [];
  for (let i = bodyStart; i < lines.length; i++) {
    if (frame.has(i)) continue;
    let text = lines[i] ?? '';
    if (incomplete?.suffix && i === incomplete.index) text = text.slice(0, -incomplete.suffix.length).trim();
    if (text !== '') outline.push({ text, block: i, fresh: closing !== null && i > closing.dateIndex });
  }
  // `fresh` matters only at the first paragraph after the closing; later ones continue that part.
  let seenFresh = false;
  for (const line of outline) {
    if (line.fresh && !seenFresh) seenFresh = true;
    else line.fresh = false;
  }

  // The title: the order's regulation, the release's 《》, the body's title line, else the page title.
  let titleText: string | null = null;
  if (order) {
    titleText = order.title.text;
    from('title', 'findOrderFrame', order.title.block);
  } else if (release?.title) {
    titleText = release.title.text;
    from('title', 'findReleaseFrame', release.title.block);
  } else if (title) {
    titleText = title.text;
    from('title', 'findTitle', title.first);
  } else if (pageTitle && isDocumentTitle(pageTitle)) {
    titleText = pageTitle.trim();
    from('title', 'pageTitle', null);
  }

  const ownNumber = order?.number ?? number?.number ?? null;
  if (order) from('number', 'findOrderFrame', order.numberBlock);
  else if (number) from('number', 'findNumber', number.first);

  // Issuers: the release sentence, the title, the signature, the order's name — the first that names any.
  const signatureLines = closing?.signature
    ? lines.slice(closing.signature.first, closing.signature.last + 1)
    : [];
  const issuerSources: [string[], string, number | null][] = [
    [release?.release.issuers ?? [], 'findReleaseFrame', release?.title?.block ?? null],
    [titleText ? issuersFromTitle(titleText) : [], 'findTitle', provenance.title?.block ?? null],
    [issuersFromSignature(signatureLines), 'findClosing', closing?.signature?.first ?? null],
    [order?.issuers ?? [], 'findOrderFrame', order?.numberBlock ?? null],
  ];
  const [issuers, issuerStep, issuerBlock] = issuerSources.find(([names]) => names.length > 0) ?? [
    [],
    '',
    null,
  ];
  if (issuers.length > 0) from('issuers', issuerStep, issuerBlock);

  // The kind is the title's last word; with no title, an announcement's number still names it.
  let kind = titleText ? kindFromTitle(titleText) : null;
  if (kind && provenance.title) from('kind', provenance.title.step, provenance.title.block);
  else if (!titleText && number?.number.text.includes('公告')) {
    kind = '公告';
    from('kind', 'findNumber', number.first);
  }
  if (addressees) from('addressees', 'findAddressees', addressees.index);

  let date: string | null = null;
  if (order?.date) {
    date = order.date.date;
    from('date', 'findOrderFrame', order.date.block);
  } else if (closing) {
    date = closing.date;
    from('date', 'findClosing', closing.dateIndex);
  } else if (partyDate) {
    date = partyDate.date;
    from('date', 'findPartyDate', partyDate.index);
  }
  if (note) from('note', 'findNote', note.index);
  if (incomplete) from('incomplete', 'findIncomplete', incomplete.index);
  if (attachments.titles.length > 0) from('attachments', 'findAttachments', attachments.blocks[0] ?? null);

  const numberBlocks = new Set<number>();
  markSpan(numberBlocks, number);
  if (order) numberBlocks.add(order.numberBlock).add(order.numberBlock + 1);
  const citeText = lines.filter((_, i) => !numberBlocks.has(i)).join('\n');

  return {
    kind,
    title: titleText,
    issuers,
    number: ownNumber,
    addressees: addressees?.names ?? [],
    date,
    clauses: buildOutline(outline),
    attachments: attachments.titles,
    note: note?.note ?? null,
    cites: findCitedNumbers(citeText, ownNumber),
    form,
    release: release && form === 'release' ? release.release : null,
    incomplete: incomplete?.remark ?? null,
    provenance,
    // Where the title stands on lines of its own (format joins a split title and leaves it out of Markdown's body).
    titleBlocks: order?.title.ownLine
      ? [order.title.block, order.title.block]
      : title
        ? [title.first, title.last]
        : null,
  };
}

// The GB/T 7714 reference line of a CSL item, one line without the leading `[n]`: exactly what a CSL
// processor (citeproc-js, as Zotero runs it) renders with the official styles of the 2015 and the
// 2025 edition, for the two types we produce. tests/corpus/cite.test.ts holds us to that.
import type { CslItem } from './csl';
import { isoDay, yearOf } from './date';
import { renderMarkup } from './markup';

export type Edition = '2015' | '2025';

/** Text ending in one of these takes the place of the `.` that would follow it (the processor's rule). */
const ENDS_IN_PUNCTUATION = /[.?!:;]$/;

/** Parts joined by `. ` and closed by `.`, without doubling a closing punctuation mark. */
function sentences(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (!part) continue;
    if (out) out += ENDS_IN_PUNCTUATION.test(out) ? ' ' : '. ';
    out += part;
  }
  return ENDS_IN_PUNCTUATION.test(out) ? out : `${out}.`;
}

/** 主要责任者: at most three, then 等; the 2015 style prints names in capitals (Latin ones change). */
function authors(item: CslItem, edition: Edition): string {
  const all = (item.author ?? []).map((a) => (edition === '2015' ? a.literal.toUpperCase() : a.literal));
  const shown = all.length > 3 ? [...all.slice(0, 3), '等'] : all;
  return shown.join(edition === '2015' ? ', ' : '，');
}

/**
 * 文献类型标识: a document is 档案 A in 2015; 2025 keeps A for archives only, so a document online is
 * EB and one without an address Z. /OL marks an online resource.
 */
function typeCode(item: CslItem, edition: Edition): string {
  let code: string;
  if (item.type === 'webpage') code = 'EB';
  else if (edition === '2015') code = 'A';
  else code = item.URL ? 'EB' : 'Z';
  return item.URL ? `${code}/OL` : code;
}

/** 题名: title, then the document number after a colon (ASCII in 2015, full-width in 2025). */
function titlePart(item: CslItem, edition: Edition): string {
  const title = [item.title && renderMarkup(item.title), item.number]
    .filter(Boolean)
    .join(edition === '2015' ? ': ' : '：');
  return `${title}[${typeCode(item, edition)}]`;
}

/**
 * Dates: online, (更新日期)[引用日期]; the 2025 edition writes a web page that way even offline, in
 * full-width brackets. Otherwise the year, or the access year in brackets as an estimate.
 */
function datePart(item: CslItem, edition: Edition): string {
  const online = item.URL !== undefined || (edition === '2025' && item.type === 'webpage');
  if (!online) return item.issued ? String(yearOf(item.issued)) : `[${yearOf(item.accessed)}]`;
  const [open, close] = edition === '2015' ? ['(', ')'] : ['（', '）'];
  const issued = item.issued ? `${open}${isoDay(item.issued)}${close}` : '';
  return `${issued}[${isoDay(item.accessed)}]`;
}

export function formatGbt7714(item: CslItem, edition: Edition = '2015'): string {
  return sentences([
    authors(item, edition),
    titlePart(item, edition),
    datePart(item, edition),
    item.URL ?? '',
  ]);
}

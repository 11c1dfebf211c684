// RIS export of a CSL item: the tagged format EndNote, Zotero and NoteExpress import.
import type { CslItem } from './csl';
import type { CslDate } from './date';

/** A value must stay on its tag's line: any line break or run of white space becomes one space. */
const clean = (value: string) => value.replace(/\s+/g, ' ').trim();

/** `2021/11/02/` (RIS dates are year/month/day/other, the parts present). */
function risDate(date: CslDate): string {
  const [year, month, day] = date['date-parts'][0];
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${year}/${pad(month)}/${pad(day)}/`;
}

/**
 * One record, CRLF line ends as the format asks. Documents are LEGAL (legislation; SN its number),
 * web pages ELEC (T2 the site). The access date goes in Y2, where Zotero reads it; ELEC also in M1,
 * its slot in the RIS specification, which other readers follow.
 */
export function toRis(item: CslItem): string {
  const lines: [string, string][] = [['TY', item.type === 'legislation' ? 'LEGAL' : 'ELEC']];
  if (item.title) lines.push(['TI', item.title]);
  for (const name of item.author ?? []) lines.push(['AU', name.literal]);
  if (item.number) lines.push(['SN', item.number]);
  if (item['container-title']) lines.push(['T2', item['container-title']]);
  if (item.issued) lines.push(['PY', String(item.issued['date-parts'][0][0])], ['DA', risDate(item.issued)]);
  if (item.URL) lines.push(['UR', item.URL]);
  lines.push(['Y2', risDate(item.accessed)]);
  if (item.type === 'webpage') lines.push(['M1', risDate(item.accessed)]);
  lines.push(['LA', item.language], ['ER', '']);
  return `${lines.map(([tag, value]) => `${tag}  - ${clean(value)}`).join('\r\n')}\r\n`;
}

// A page's publication date, from its metadata or the date line under the headline, as ISO 8601
// with +08:00. Read by detect on every article page, so it stays small: the document dates are in
// dates/document.ts, and both are checked against one calendar (dates/calendar.ts).

import { isoDate } from './calendar';

const pad = (n: string) => n.padStart(2, '0');

/**
 * Turn the date forms Sina prints into ISO 8601 with +08:00: `2021-11-23T15:17:32+08:00`,
 * `2021-11-23 15:17:32`, `2021年11月23日 15:17`, `2016年05月25日10:10`. Null where none is found.
 */
export function toIsoDate(value: string): string | null {
  const m =
    /(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})\s*日?(?:\s*T?\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?/.exec(
      value,
    );
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (!y || !mo || !d) return null;
  const date = isoDate(Number(y), Number(mo), Number(d));
  if (!date) return null;
  if (h === undefined || mi === undefined) return `${date}T00:00:00+08:00`;
  const time = `${pad(h)}:${mi}:${s ?? '00'}`;
  const offset =
    zone && zone !== 'Z' ? (zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`) : '+08:00';
  return `${date}T${time}${offset}`;
}

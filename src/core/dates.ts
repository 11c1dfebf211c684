// Every date the core reads, in one place: the page's publication date (metadata and date lines, with
// a time) and a document's 成文日期 (a date alone on its line, Arabic or Chinese numerals).
//
// 成文日期: `2021年11月2日`, full-width digits, or Chinese numerals (二〇二一年十一月二日, with 〇 U+3007,
// ○ U+25CB or 零 for zero). Only a real calendar date is accepted: month 13 or 2月30日 give null.

import { toHalfWidthDigits } from './text';

const ARABIC = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const CHINESE =
  /^([〇○零ＯO0一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,4})\s*日$/;

/** Chinese numeral digits (and the zeros printed for 〇), shared with the order serials of parse/number.ts. */
export const DIGIT: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  Ｏ: 0,
  O: 0,
  '0': 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 1–99 written with 十: 十 = 10, 十二 = 12, 二十 = 20, 三十一 = 31, 九 = 9. Null for anything else. */
export function chineseSmall(s: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  const [, tens, ten, units] = m;
  if (tens && !ten) return units ? null : (DIGIT[tens] ?? null); // 二三 is not a number
  const t = ten ? (tens ? (DIGIT[tens] ?? 0) : 1) : 0;
  const u = units ? (DIGIT[units] ?? 0) : 0;
  return t * 10 + u;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `YYYY-MM-DD` when the numbers make a real date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month))
    return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A text that is nothing but a date (the line under the signature) → `YYYY-MM-DD`; else null. */
export function parseDate(text: string): string | null {
  const s = toHalfWidthDigits(text).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  const a = ARABIC.exec(s);
  if (a) return isoDate(Number(a[1]), Number(a[2]), Number(a[3]));
  const c = CHINESE.exec(s);
  if (!c) return null;
  const year = [...(c[1] ?? '')].reduce((acc, ch) => acc * 10 + (DIGIT[ch] ?? 0), 0);
  const month = chineseSmall(c[2] ?? '');
  const day = chineseSmall(c[3] ?? '');
  if (month === null || day === null) return null;
  return isoDate(year, month, day);
}

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
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined) return `${date}T00:00:00+08:00`;
  const time = `${pad(h)}:${mi}:${s ?? '00'}`;
  const offset =
    zone && zone !== 'Z' ? (zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`) : '+08:00';
  return `${date}T${time}${offset}`;
}

// 成文日期: a date alone on its line, `2021年11月2日`, full-width digits, or Chinese numerals
// (二〇二一年十一月二日, with 〇 U+3007, ○ U+25CB or 零 for zero). Only a real calendar date is accepted:
// month 13 or 2月30日 give null. Read by the parser only, so it loads with the analysis.

import { isoDate } from './calendar';

const ARABIC = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const CHINESE =
  /^([〇○零ＯO0一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,4})\s*日$/;

const DIGIT: Record<string, number> = {
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
function chineseSmall(s: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  const [, tens, ten, units] = m;
  if (tens && !ten) return units ? null : (DIGIT[tens] ?? null); // 二三 is not a number
  const t = ten ? (tens ? (DIGIT[tens] ?? 0) : 1) : 0;
  const u = units ? (DIGIT[units] ?? 0) : 0;
  return t * 10 + u;
}

/**
 * A count in Chinese numerals, as orders number themselves (`第九十一号`, `第一〇一号`, `第一百零四号`):
 * positional digits (一〇一), or 1–999 written with 百 and 十. Null for anything else (十十, 一批).
 */
export function chineseNumeral(s: string): number | null {
  if (/^[〇○零一二三四五六七八九]{2,4}$/.test(s) && !/^[〇○零]/.test(s))
    return [...s].reduce((acc, ch) => acc * 10 + (DIGIT[ch] ?? 0), 0);
  const m = /^(?:([一二三四五六七八九])百)?(零)?(.*)$/.exec(s);
  if (!m || s === '') return null;
  const [, hundreds, zero, rest = ''] = m;
  const h = hundreds ? (DIGIT[hundreds] ?? 0) * 100 : 0;
  if (rest === '') return h > 0 && !zero ? h : null;
  // After 百, tens are written 一十 (一百一十); 零 stands only before a lone unit (一百零四).
  const small = chineseSmall(hundreds && rest.startsWith('一十') ? rest.slice(1) : rest);
  if (small === null || (zero && (!hundreds || small >= 10))) return null;
  return h + small;
}

/** Full-width digits → ASCII (dates and 发文字号 print them). One UTF-16 unit in, one out, so string indexes stay valid. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** A text that is nothing but a date (the line under the signature) → `YYYY-MM-DD`; else null. */
export function parseDate(text: string): string | null {
  // Both forms end in 日: most lines the parser asks about are not dates (many hold a 日 inside a
  // sentence), and need no pattern.
  if (!text.trimEnd().endsWith('日')) return null;
  const s = toHalfWidthDigits(text).trim();
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

// 发文字号: recognise every printed variant and normalise it.
//
// Three families are printed (see notes on GB/T 9704):
//  - standard   机关代字〔年份〕序号号       国函〔2021〕112号 (brackets printed wrongly all the time)
//  - announcement 机关名称公告2021年第7号   (or 公告〔2022〕第1号): keeps its own form
//  - order      机关名称令第745号             (year null)
// A line that is nothing but a number is the document's OWN number; numbers inside running text are
// citations of other documents.

import { chineseNumeral, toHalfWidthDigits } from '../dates/document';
import type { DocNumber } from '../types';

// Horizontal spaces only (never a newline), so a match never spans two paragraphs joined by "\n".
const SP = '[ \\t\\u00a0\\u3000]*';
/** At least one space: between issuer names, where an optional space would let a run of CJK split
 *  every possible way (catastrophic backtracking on long unpunctuated paragraphs). */
const SP1 = '[ \\t\\u00a0\\u3000]+';
const OPEN = '[〔\\[［(（【]';
const CLOSE = '[〕\\]］)）】]';
const YEAR = '((?:19|20)\\d{2})';
const CJK = '\\u4e00-\\u9fff';

/** 国函〔2021〕112号, also 中国人民银行公告〔2022〕第1号 (announcement in brackets). */
const STANDARD = `([${CJK}]{1,14})${SP}${OPEN}${SP}${YEAR}${SP}${CLOSE}${SP}(第?)${SP}(\\d{1,5})${SP}号`;
/** 财政部 税务总局公告2021年第7号: names may be separated by single spaces. */
const ANNOUNCEMENT = `((?:[${CJK}]{2,20}${SP1}){0,5}?[${CJK}]{2,20})${SP}公告${SP}${YEAR}${SP}年${SP}第${SP}(\\d{1,5})${SP}号`;
/** 中华人民共和国国务院令第745号, 中国证券监督管理委员会令 第188号. */
const ORDER = `([${CJK}]{2,24}令)${SP}第${SP}(\\d{1,6})${SP}号`;
/**
 * A joint order's name line names two bodies (`…国家发展和改革委员会 …商务部令`). Only a whole line is
 * read this way: in running text the optional first name would make every scan try each CJK run twice.
 */
const JOINT_ORDER_NAME = `(?:[${CJK}]{2,24}${SP1})?[${CJK}]{2,24}令`;
/** An order's serial on its own line: Arabic, or Chinese numerals as presidential orders print it. */
const ORDER_SERIAL = `(\\d{1,6}|[〇○零一二三四五六七八九十百]{1,7})`;

/**
 * Words that run into an agency code in running text (`根据国发〔2020〕5号`, `并按财政部 税务总局公告…`):
 * the pattern takes the whole CJK run before the bracket, so the text up to the last such word is cut
 * off again. 和 is not among them: it is part of many names (住房和城乡建设部, 中华人民共和国).
 */
const LEADING_WORDS =
  /根据|依据|依照|遵照|比照|按照|参照|参见|详见|落实|贯彻|执行|印发|发布|转发|以及|同时|按|见|及|与|或|即/g;

/** Runs of spaces between issuer names → one space (core/text.ts's `collapse` keeps U+3000 as printed; a number's agency must not). */
function squeezeSpaces(s: string): string {
  return s.replace(/[\s\u3000]+/g, ' ').trim();
}

function fromStandard(agencyRaw: string, year: string, di: string, serial: string): DocNumber {
  const n = Number(serial);
  const announcement = agencyRaw.endsWith('公告');
  // The standard form: hexagonal brackets, no 第, no leading zeros. An announcement numbered in
  // brackets keeps its 第 (中国人民银行公告〔2022〕第1号), and so does an order numbered by year, whose
  // agency is the order's name as for `…令第745号` (中国人民银行令〔2021〕第3号).
  return {
    text: `${agencyRaw}〔${year}〕${announcement || agencyRaw.endsWith('令') ? di : ''}${n}号`,
    agency: announcement ? agencyRaw.slice(0, -2) || null : agencyRaw,
    year: Number(year),
    serial: n,
  };
}

function fromAnnouncement(agencyRaw: string, year: string, serial: string): DocNumber {
  const agency = squeezeSpaces(agencyRaw);
  const n = Number(serial);
  return { text: `${agency}公告${year}年第${n}号`, agency, year: Number(year), serial: n };
}

/** Arabic serials are normalised; Chinese numerals (`第九十一号`) are kept as printed. Null when they make no number. */
function fromOrder(agencyRaw: string, serial: string): DocNumber | null {
  const arabic = /^\d+$/.test(serial);
  const n = arabic ? Number(serial) : chineseNumeral(serial);
  if (n === null) return null;
  const agency = squeezeSpaces(agencyRaw);
  return { text: `${agency}第${arabic ? n : serial}号`, agency, year: null, serial: n };
}

const WHOLE_STANDARD = new RegExp(`^${STANDARD}$`);
const WHOLE_ANNOUNCEMENT = new RegExp(`^${ANNOUNCEMENT}$`);
/** `…令第745号`, `…主席令（第九十一号）`. */
const WHOLE_ORDER = new RegExp(
  `^(${JOINT_ORDER_NAME})${SP}${OPEN}?${SP}第${SP}${ORDER_SERIAL}${SP}号${SP}${CLOSE}?$`,
);

/** A line that is nothing but one number (the document's own number line); null otherwise. */
export function parseNumber(line: string): DocNumber | null {
  // Every form ends in 号: most lines the parser asks about are not numbers, and need no pattern.
  if (!line.includes('号')) return null;
  const s = toHalfWidthDigits(line).trim();
  let m = WHOLE_STANDARD.exec(s);
  if (m) return fromStandard(m[1] ?? '', m[2] ?? '', m[3] ?? '', m[4] ?? '');
  m = WHOLE_ANNOUNCEMENT.exec(s);
  if (m) return fromAnnouncement(m[1] ?? '', m[2] ?? '', m[3] ?? '');
  m = WHOLE_ORDER.exec(s);
  if (m) return fromOrder(m[1] ?? '', m[2] ?? '');
  return null;
}

const ORDER_NAME_LINE = new RegExp(`^${JOINT_ORDER_NAME}$`);
/** `第745号`, `（第九十一号）`, or `〔2022〕第1号` for an order numbered by year (digits already half-width). */
const ORDER_SERIAL_LINE = new RegExp(
  `^(?:${OPEN}${SP}${YEAR}${SP}${CLOSE}${SP}|${OPEN}?${SP})第${SP}${ORDER_SERIAL}${SP}号${SP}${CLOSE}?$`,
);

/**
 * The document's own number from one line, or from two when an order prints its name and its serial
 * on separate centred lines (`中华人民共和国国务院令` / `第745号`, `中国人民银行令` / `〔2022〕第1号`). `lines` says how many were used.
 */
export function parseOwnNumber(line: string, next?: string): { number: DocNumber; lines: 1 | 2 } | null {
  const a = line.trim();
  // An order's name ends in 令: the test of its pattern (up to 24 × 24 tries on a long line) waits for that.
  const serial =
    next !== undefined && a.endsWith('令') && ORDER_NAME_LINE.test(a) ? toHalfWidthDigits(next).trim() : '';
  if (serial && ORDER_SERIAL_LINE.test(serial)) {
    const number = parseNumber(a + serial);
    if (number) return { number, lines: 2 };
  }
  const number = parseNumber(a);
  return number ? { number, lines: 1 } : null;
}

interface Hit {
  index: number;
  end: number;
  number: DocNumber;
}

function trimLead(agency: string): string {
  let cut = 0;
  for (const m of agency.matchAll(LEADING_WORDS)) {
    const end = m.index + m[0].length;
    if (agency.length - end >= 2) cut = end;
  }
  return agency.slice(cut).trim();
}

/** What every standard number holds: a year in brackets. Lines without one are not scanned for it. */
const BRACKETED_YEAR = new RegExp(`${OPEN}${SP}${YEAR}`);

/** The forms a citation takes, each with what a line must hold before its pattern is tried on it. */
const CITED: readonly [(line: string) => boolean, RegExp, (m: RegExpExecArray) => DocNumber | null][] = [
  [
    (line) => BRACKETED_YEAR.test(line),
    new RegExp(STANDARD, 'g'),
    (m) => fromStandard(trimLead(m[1] ?? ''), m[2] ?? '', m[3] ?? '', m[4] ?? ''),
  ],
  [
    (line) => line.includes('公告'),
    new RegExp(ANNOUNCEMENT, 'g'),
    (m) => fromAnnouncement(trimLead(m[1] ?? ''), m[2] ?? '', m[3] ?? ''),
  ],
  [(line) => line.includes('令'), new RegExp(ORDER, 'g'), (m) => fromOrder(trimLead(m[1] ?? ''), m[2] ?? '')],
];

/**
 * Every number cited in running text (`《…的通知》（国发〔2020〕5号）`), normalised, in order of first
 * appearance, without duplicates and without `own` (the document's own number).
 */
export function findCitedNumbers(text: string, own: DocNumber | null = null): DocNumber[] {
  const hits: Hit[] = [];
  let start = 0;
  // Line by line: no number spans a line (its spaces are horizontal), and every number ends in 号,
  // so only the lines that hold a 号 are read, and each pattern only where its keyword stands (a
  // scan tries the pattern's run of names at every CJK character; a document cites on a few lines).
  for (const raw of text.split('\n')) {
    if (raw.includes('号')) {
      // Full-width digits become half-width one for one: the line's indices stay the text's.
      const line = toHalfWidthDigits(raw);
      for (const [holds, pattern, make] of CITED) {
        if (!holds(line)) continue;
        for (const m of line.matchAll(pattern)) {
          const number = make(m);
          if (number) hits.push({ index: start + m.index, end: start + m.index + m[0].length, number });
        }
      }
    }
    start += raw.length + 1;
  }
  hits.sort((x, y) => x.index - y.index || y.end - x.end);

  const out: DocNumber[] = [];
  const seen = new Set<string>(own ? [own.text] : []);
  let covered = -1;
  for (const hit of hits) {
    if (hit.index < covered) continue; // overlaps an earlier, longer match
    covered = hit.end;
    if (seen.has(hit.number.text)) continue;
    seen.add(hit.number.text);
    out.push(hit.number);
  }
  return out;
}

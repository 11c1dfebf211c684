// An order (令) and the regulation it promulgates:
//
//   中华人民共和国国务院令                           ← the order's name and number, on one line or two
//   第745号
//   《关键信息基础设施安全保护条例》已经2021年4月27日国务院第133次常务会议通过，现予公布，自…起施行。
//   总理 李克强                                      ← the signature (an office and a name)
//   2021年7月30日                                    ← the order's date
//   关键信息基础设施安全保护条例                      ← the regulation: its title, then 第一章 … 第一条 …
//
// The document is the regulation: its title (from 《》 where it does not stand on its own line), the
// order's number and date, the issuer the order names. News that an order was signed (`李克强签署国务院令，
// 公布《…》`) has no number line and no promulgation sentence, and is no order.

import { parseDate } from '../dates/document';
import type { DocNumber } from '../types';
import { isOrgName, isPersonSignature } from './kinds';
import { parseOwnNumber } from './number';

/** The order's number line stands near the top (after a repeated headline or a news lead). */
const ORDER_REACH = 8;

/** The promulgation sentence, signature and date follow the number within this many blocks. */
const ORDER_BODY = 6;

/** A joint order is signed by the head of each body that issues it. */
const SIGNATURES = 3;

/** `《…条例》已经…通过，现予公布，自…起施行。` (also 发布; a law `已由…常务委员会…通过`). */
const PROMULGATION =
  /^《([^》]{2,80})》(?:已经|已由|已于|经).{0,80}?(?:通过|同意|审议).{0,40}?现予(?:公布|发布)/;

export interface OrderFrame {
  number: DocNumber;
  numberBlock: number;
  /** The regulation's title, and its block where it stands on its own line (else the sentence's). */
  title: { text: string; block: number; ownLine: boolean };
  /** The bodies the order names: `中华人民共和国国务院令` → 国务院; a joint order names two. */
  issuers: string[];
  date: { date: string; block: number } | null;
  /** Blocks of the order (number, sentence, signature, date, the regulation's title line). */
  blocks: number[];
  /** Where the regulation's text begins. */
  start: number;
}

/**
 * `中华人民共和国国务院令` → [国务院]; `…国家发展和改革委员会 …商务部令` → both; `证监会令` → [证监会].
 * The state's name is dropped only before a body: `中华人民共和国主席令` is signed by the office itself.
 */
function orderIssuers(agency: string | null): string[] {
  return (agency ?? '')
    .replace(/令$/, '')
    .split(' ')
    .filter((name) => name !== '')
    .map((name) => {
      const body = name.replace(/^中华人民共和国/, '');
      return isOrgName(body) ? body : name;
    });
}

export function findOrderFrame(lines: readonly string[]): OrderFrame | null {
  for (let i = 0; i < Math.min(lines.length, ORDER_REACH); i++) {
    const own = parseOwnNumber(lines[i] ?? '', lines[i + 1]);
    // `…令第745号`, or a ministry's `…令〔2022〕第1号`: the agency is the order's name either way.
    if (!own?.number.agency?.endsWith('令')) continue;
    const after = i + own.lines;
    const sentenceAt = lines.findIndex(
      (line, k) => k >= after && k < after + ORDER_BODY && PROMULGATION.test(line),
    );
    if (sentenceAt < 0) return null;
    const named = PROMULGATION.exec(lines[sentenceAt] ?? '')?.[1] ?? '';
    const blocks = Array.from({ length: sentenceAt - i + 1 }, (_, k) => i + k);
    let at = sentenceAt + 1;
    // The signatures (`总理 李克强`; a joint order has one for each body) and the date, in that
    // order; either may be missing.
    while (at < sentenceAt + 1 + SIGNATURES && isPersonSignature(lines[at] ?? '')) blocks.push(at++);
    const dateValue = parseDate(lines[at] ?? '');
    const date = dateValue ? { date: dateValue, block: at } : null;
    if (date) blocks.push(at++);
    // The regulation's own title line, as named in the sentence (white space aside).
    const titleLine = (lines[at] ?? '').replace(/[\s\u3000]+/g, '') === named.replace(/[\s\u3000]+/g, '');
    if (titleLine) blocks.push(at++);
    return {
      number: own.number,
      numberBlock: i,
      title: {
        text: titleLine ? (lines[at - 1] ?? named) : named,
        block: titleLine ? at - 1 : sentenceAt,
        ownLine: titleLine,
      },
      issuers: orderIssuers(own.number.agency),
      date,
      blocks,
      start: at,
    };
  }
  return null;
}

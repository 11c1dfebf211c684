// The head of a document as issued: its title, its own 发文字号 and its 主送机关, each found by
// position (near the top, in this order) and by the shape of the line, never by its words.

import type { DocNumber } from '../types';
import { isDocumentTitle, isOrgName, kindFromTitle } from './kinds';
import { parseNumber, parseOwnNumber } from './number';
import type { Span } from './span';

/** How many blocks from the top of the document the title and the number may stand (headline, 原标题, 版头). */
const HEAD = 6;

/** A title is printed on at most three lines. */
const TITLE_LINES = 3;

/** Longer than this, a line is running text, not a title line (the longest titles seen run to ~70). */
const TITLE_LINE_MAX = 80;

/** The 主送 line follows the title or number within this many blocks (a subtitle or a date may stand between). */
const ADDRESSEE_REACH = 3;

/** The title in the blocks from `from` on, joined when split over up to three blocks. */
export function findTitle(lines: readonly string[], from: number): (Span & { text: string }) | null {
  for (let i = from; i < Math.min(lines.length, from + HEAD); i++) {
    let joined = '';
    for (let j = i; j < Math.min(lines.length, i + TITLE_LINES); j++) {
      const line = lines[j] ?? '';
      // A title line is short and carries no sentence punctuation; a part ending in ： is an addressee;
      // a 发文字号 (above the title under a `…文件` banner, or under it) is never part of a title.
      if (line.length > TITLE_LINE_MAX || /[。；;：:]/.test(line) || parseNumber(line) !== null) break;
      joined += line;
      if (isDocumentTitle(joined)) return { first: i, last: j, text: joined };
      // A line ending in a kind word closes whatever title there is; do not join past it.
      if (kindFromTitle(line) !== null) break;
    }
  }
  return null;
}

/** The document's own number: a line that is nothing but a number, near the top, outside the title. */
export function findNumber(
  lines: readonly string[],
  from: number,
  skip: Span | null,
): (Span & { number: DocNumber }) | null {
  for (let i = from; i < Math.min(lines.length, from + HEAD + 1); i++) {
    if (skip && i >= skip.first && i <= skip.last) continue;
    const own = parseOwnNumber(lines[i] ?? '', lines[i + 1]);
    if (own) return { first: i, last: i + own.lines - 1, number: own.number };
  }
  return null;
}

/** A province named short in a list (`内蒙古`, `辽宁`, `黑龙江`): two or three characters, no body word. */
const SHORT_PLACE = /^[\u4e00-\u9fff]{2,3}$/;

/**
 * Enterprises addressed each (`各中央企业`, `各有关企业`, `有关企业`): addressees, though 企业 is no body's
 * name ending (a heading such as `支持小微企业` has no 各/有关 in front).
 */
const EACH_ENTERPRISE = /^(?:各|有关)[\u4e00-\u9fff]{0,8}企业$/;

/**
 * One 主送 group: a body's name, or provinces named short before the body they share
 * (`内蒙古、辽宁、广西省（自治区）人民政府`, `河北、山西省（区）人民政府`). The short names count only when the
 * list ends in a body: `北京、上海、广州` is a list of places, not an addressee.
 */
function isAddresseeGroup(group: string): boolean {
  if (isOrgName(group) || EACH_ENTERPRISE.test(group)) return true;
  const members = group.replace(/[（(][^（）()]{1,6}[）)]/g, '').split('、');
  const body = members.pop() ?? '';
  // The shared body is longer than a short place name itself (`广州` ends like a 州 but is a city).
  return (
    members.length > 0 &&
    !SHORT_PLACE.test(body) &&
    isOrgName(body) &&
    members.every((m) => SHORT_PLACE.test(m.trim()))
  );
}

/**
 * `各省、自治区、直辖市人民政府，国务院各部委、各直属机构：` → its groups; null when not an addressee line.
 * Decided by structure, not length: the line ends in a colon, holds no sentence marks, and every
 * 、-member of every group is the name of a body or a place (a list of twenty provinces is one group).
 */
export function parseAddressees(line: string): string[] | null {
  const m = /^(.+)[：:]$/.exec(line.trim());
  if (!m?.[1] || /[。！？《》“”]/.test(m[1])) return null;
  const parts = m[1]
    .split(/[，,；;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return parts.length > 0 && parts.every(isAddresseeGroup) ? parts : null;
}

/** The 主送 line right after the head (`after` is the head's last block). */
export function findAddressees(
  lines: readonly string[],
  after: number,
): { index: number; names: string[] } | null {
  for (let i = after + 1; i < Math.min(lines.length, after + 1 + ADDRESSEE_REACH); i++) {
    const names = parseAddressees(lines[i] ?? '');
    if (names) return { index: i, names };
  }
  return null;
}

// A document printed in full inside a news release (新华社 and the like):
//
//   （受权发布）                                   ← optional, also `原标题：…` lines before the dateline
//   新华社北京5月6日电 近日，中共中央办公厅、国务院办公厅印发了《关于…的意见》，并发出通知，…。
//                                                  ← or 转发了《某某部关于…的意见》 (issuers: the title's)
//   《关于…的意见》全文如下。                       ← or `主要内容如下`, or in the same paragraph
//   …the document…
//
// or the dateline glued to the document itself: `新华社北京10月24日电中共中央　国务院关于…的意见`.
// The frame sets what the fields mean: the issuers are the bodies that 印发 it, the title is the one
// in 《》. A release that only reports on a document (`…印发了《…》` then `通知指出，…`) prints no
// `全文如下` and is not a document.

import type { Release } from '../types';
import { isOrgName } from './kinds';

/** The dateline stands in one of the first blocks (after a repeated headline and `（受权发布）`). */
const DATELINE_REACH = 4;

/** `全文如下` follows the release sentence in the same block or within this many blocks. */
const MARKER_REACH = 2;

/**
 * `《T》全文如下`, naming the title, may follow later: the release first reports the notice
 * (`通知指出，…` `通知要求，…`) in up to four or five paragraphs.
 */
const TITLED_MARKER_REACH = 6;

/** `新华社北京5月6日电`, with or without a space after 电 (`（受权发布）` is cut off before). */
const DATELINE = /^((?:新华社|中新社)[\u4e00-\u9fff]{2,8}?\d{1,2}月\d{1,2}日电)[\s\u3000]*/;

/**
 * `…，中共中央办公厅、国务院办公厅印发了《T》`: the issuers (after the last comma), the verb and the title.
 * A body may also forward (转发) another's document: `中共中央办公厅转发了《某某部关于…的意见》`.
 */
const RELEASE_SENTENCE = /(?:^|[，,。])([^，,。《》]{2,60}?)(印发|转发)了?《([^》]{4,120})》/;

const FULL_TEXT = /(?:全文|主要内容)如下/;

export interface ReleaseFrame {
  release: Release;
  /** The dateline's block. */
  datelineBlock: number;
  /** The release forwards (转发) another body's document: the document's issuers are its title's. */
  forwarded: boolean;
  /** The release sentence's title and block, where the release names the document that way. */
  title: { text: string; block: number } | null;
  /** The block after `全文如下` that repeats the title on its own line, else null. */
  titleLine: number | null;
  /** Blocks of the frame (headline, dateline, release sentence, `全文如下`): not part of the text. */
  blocks: number[];
  /** Where the document's own lines begin. */
  start: number;
  /** The dateline's block with the dateline cut off, where the document's title is glued to it. */
  glued: string | null;
}

/** A time word between the issuers and 印发: `中共中央办公厅、国务院办公厅日前印发了…`. */
const WHEN = /于?(?:近日|日前|近期|今天|今日|\d{1,2}月\d{1,2}日)$/;

/** `中共中央办公厅、国务院办公厅` → both; null unless every part names a body. */
function releaseIssuers(text: string): string[] | null {
  const names = text
    .trim()
    .replace(WHEN, '')
    .split(/[、\s\u3000]+/)
    .filter((s) => s !== '');
  return names.length > 0 && names.every(isOrgName) ? names : null;
}

/** A release sentence in `line` that names issuers, with the document's full text announced. */
function releaseSentence(
  lines: readonly string[],
  index: number,
): { issuers: string[]; title: string; forwarded: boolean; markerBlock: number } | null {
  const line = lines[index] ?? '';
  const m = RELEASE_SENTENCE.exec(line);
  const issuers = m?.[1] ? releaseIssuers(m[1]) : null;
  if (!m?.[3] || !issuers) return null;
  const title = m[3];
  const forwarded = m[2] === '转发';
  for (let i = index; i <= index + TITLED_MARKER_REACH && i < lines.length; i++) {
    const text = i === index ? line.slice(m.index + m[0].length) : (lines[i] ?? '');
    const marker = FULL_TEXT.exec(text);
    if (!marker) continue;
    // Near the sentence any `全文如下` will do; further on only one that names the same title.
    if (i <= index + MARKER_REACH || text.slice(0, marker.index).includes(`《${title}》`))
      return { issuers, title, forwarded, markerBlock: i };
  }
  return null;
}

/** White space does not tell two printings of a title apart. */
const squeeze = (text: string): string => text.replace(/[\s\u3000]+/g, '');

/** `（受权发布）` before a headline or a dateline: Xinhua's mark for an authorised release. */
const AUTHORISED = /^[（(]受权发布[）)][\s\u3000]*/;

export function findReleaseFrame(lines: readonly string[]): ReleaseFrame | null {
  const reach = Math.min(lines.length, DATELINE_REACH);
  const texts = lines.map((line, i) => (i < reach ? line.replace(AUTHORISED, '') : line));
  let at = -1;
  let dateline: RegExpExecArray | null = null;
  for (let i = 0; i < reach && !dateline; i++) {
    dateline = DATELINE.exec(texts[i] ?? '');
    if (dateline) at = i;
  }
  const rest = dateline ? (texts[at] ?? '').slice(dateline[0].length) : '';
  if (dateline) texts[at] = rest;
  // The release sentence: in the dateline's paragraph or after it; without a dateline, near the top.
  for (let i = Math.max(at, 0); i < (dateline ? at + 2 : reach); i++) {
    const sentence = texts[i] === '' ? null : releaseSentence(texts, i);
    if (!sentence) continue;
    // The document's text may open by repeating its title (then maybe a party document's date).
    const next = sentence.markerBlock + 1;
    const repeated = squeeze(texts[next] ?? '') === squeeze(sentence.title);
    return {
      release: { dateline: dateline?.[1] ?? null, issuers: sentence.issuers },
      datelineBlock: at,
      forwarded: sentence.forwarded,
      title: { text: sentence.title, block: i },
      titleLine: repeated ? next : null,
      blocks: Array.from({ length: repeated ? next + 1 : next }, (_, k) => k),
      start: repeated ? next + 1 : next,
      glued: null,
    };
  }
  if (!dateline?.[1]) return null;
  // No release sentence: the document itself follows the dateline, glued to it or on the next line.
  return {
    release: { dateline: dateline[1], issuers: [] },
    datelineBlock: at,
    forwarded: false,
    title: null,
    titleLine: null,
    blocks: Array.from({ length: rest === '' ? at + 1 : at }, (_, k) => k),
    start: rest === '' ? at + 1 : at,
    glued: rest === '' ? null : rest,
  };
}

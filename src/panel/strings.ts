// The panel's words, Chinese first. One table per language with the same keys, so a missing
// translation is a type error. Page text never comes through here: only the UI's own words.

import type { CopyFailure } from '../common/copy-error';
import { type Lang, TAB_WORDS, type TabWords } from '../common/lang';
import type { CopyFormat } from '../common/model';
import type { DocKind } from '../core/types';
import { DETECTOR_WORDS, type DetectorWords } from './detector-words';

export interface Strings extends TabWords {
  /** BCP 47 tag for the root's `lang` attribute. */
  tag: string;
  collapse: string;
  loading: string;
  notArticle: string;
  error: string;
  copy: Record<CopyFormat, string>;
  copied: Record<CopyFormat, string>;
  /** The group of citation formats for reference managers (CSL-JSON, RIS, BibTeX). */
  citeFormats: string;
  /** 复制本条's accessible name, naming its clause. */
  copyClause: (clause: string) => string;
  clauseCopied: string;
  /** Why a copy failed, by the reason the one copy path gives (common/clipboard.ts). */
  copyFailed: Record<CopyFailure, string>;
  showOriginal: string;
  cleanAgain: string;
  document: string;
  kinds: Record<DocKind, string>;
  metadata: string;
  issuers: string;
  number: string;
  date: string;
  addressees: string;
  note: string;
  missing: string;
  /** The republisher's remark that the text is not complete (本文有删减, 未完待续). */
  incomplete: (remark: string) => string;
  /** A document printed in a news release: who issued it, and the release (its dateline, if any). */
  fromRelease: (issuers: readonly string[], dateline: string | null) => string;
  /** A regulation promulgated by an order: the order's number. */
  fromOrder: (order: string) => string;
  outline: string;
  subitems: (clause: string) => string;
  attachments: string;
  cites: string;
  article: string;
  source: string;
  published: string;
  removed: string;
  removedCount: (count: number) => string;
  nothingRemoved: string;
  reasons: string;
  /** The separator between several issuers or addressees. */
  listJoin: string;
  formatDate: (year: number, month: number, day: number) => string;
  /** 仍然净化, 这是公文 / 这不是公文, 复制诊断信息. */
  detector: DetectorWords;
}

const ZH: Strings = {
  tag: 'zh-CN',
  ...TAB_WORDS.zh,
  collapse: '收起',
  loading: '正在净读…',
  notArticle: '此页不是文章页，无需净读。',
  error: '净读出错，页面保持原样',
  copy: {
    text: '复制正文',
    markdown: '复制 Markdown',
    summary: '复制摘要',
    citation: '复制引用',
    csl: 'CSL-JSON',
    ris: 'RIS',
    bibtex: 'BibTeX',
  },
  copied: {
    text: '已复制正文',
    markdown: '已复制 Markdown',
    summary: '已复制摘要',
    citation: '已复制引用（GB/T 7714）',
    csl: '已复制 CSL-JSON（可粘贴到 Zotero）',
    ris: '已复制 RIS',
    bibtex: '已复制 BibTeX',
  },
  citeFormats: '其他引用格式',
  copyClause: (clause) => `复制本条：${clause}`,
  clauseCopied: '已复制本条及链接',
  copyFailed: { nothing: '此页没有可复制的正文', refused: '浏览器拒绝写入剪贴板，请点击页面后重试' },
  showOriginal: '显示原文',
  cleanAgain: '恢复净读',
  document: '公文',
  kinds: {
    决议: '决议',
    决定: '决定',
    命令: '命令',
    公报: '公报',
    公告: '公告',
    通告: '通告',
    意见: '意见',
    通知: '通知',
    通报: '通报',
    报告: '报告',
    请示: '请示',
    批复: '批复',
    议案: '议案',
    函: '函',
    纪要: '纪要',
  },
  metadata: '文件信息',
  issuers: '发文机关',
  number: '发文字号',
  date: '成文日期',
  addressees: '主送机关',
  note: '附注',
  missing: '—',
  incomplete: (remark) => `非全文：转载注明“${remark}”`,
  fromRelease: (issuers, dateline) =>
    `${issuers.length ? `${issuers.join('、')}印发；` : ''}正文录自${dateline ?? '新闻通稿'}`,
  fromOrder: (order) => `以${order}公布`,
  outline: '提纲',
  subitems: (clause) => `${clause} 的下级条目`,
  attachments: '附件',
  cites: '引用文件',
  article: '文章',
  source: '来源',
  published: '发布时间',
  removed: '已移除',
  removedCount: (count) => `共 ${count} 处`,
  nothingRemoved: '未移除任何内容。',
  reasons: '原因',
  listJoin: '，',
  formatDate: (y, m, d) => `${y}年${m}月${d}日`,
  detector: DETECTOR_WORDS.zh,
};

const EN: Strings = {
  tag: 'en',
  ...TAB_WORDS.en,
  collapse: 'Collapse',
  loading: 'Cleaning…',
  notArticle: 'This page is not an article; nothing to clean.',
  error: 'Something went wrong; the page was left as it was',
  copy: {
    text: 'Copy text',
    markdown: 'Copy Markdown',
    summary: 'Copy summary',
    citation: 'Copy citation',
    csl: 'CSL-JSON',
    ris: 'RIS',
    bibtex: 'BibTeX',
  },
  copied: {
    text: 'Copied the text',
    markdown: 'Copied Markdown',
    summary: 'Copied the summary',
    citation: 'Copied the citation (GB/T 7714)',
    csl: 'Copied CSL-JSON (paste it into Zotero)',
    ris: 'Copied RIS',
    bibtex: 'Copied BibTeX',
  },
  citeFormats: 'Other citation formats',
  copyClause: (clause) => `Copy this clause: ${clause}`,
  clauseCopied: 'Copied the clause and its link',
  copyFailed: {
    nothing: 'Nothing to copy on this page',
    refused: 'The browser refused the clipboard; click the page and try again',
  },
  showOriginal: 'Show original',
  cleanAgain: 'Clean again',
  document: 'Official document',
  kinds: {
    决议: 'Resolution 决议',
    决定: 'Decision 决定',
    命令: 'Order 命令',
    公报: 'Communiqué 公报',
    公告: 'Announcement 公告',
    通告: 'Circular 通告',
    意见: 'Opinions 意见',
    通知: 'Notice 通知',
    通报: 'Bulletin 通报',
    报告: 'Report 报告',
    请示: 'Request 请示',
    批复: 'Reply 批复',
    议案: 'Motion 议案',
    函: 'Letter 函',
    纪要: 'Minutes 纪要',
  },
  metadata: 'Document details',
  issuers: 'Issuer',
  number: 'Document No.',
  date: 'Date',
  addressees: 'Addressed to',
  note: 'Note',
  missing: '—',
  incomplete: (remark) => `Not the full text: the republisher notes “${remark}”`,
  fromRelease: (issuers, dateline) =>
    `${issuers.length ? `Issued by ${issuers.join(', ')}; ` : ''}text as printed in ${dateline ? `the release ${dateline}` : 'a news release'}`,
  fromOrder: (order) => `Promulgated by ${order}`,
  outline: 'Outline',
  subitems: (clause) => `Subitems of ${clause}`,
  attachments: 'Attachments',
  cites: 'Cited documents',
  article: 'Article',
  source: 'Source',
  published: 'Published',
  removed: 'Removed',
  removedCount: (count) => `${count} in all`,
  nothingRemoved: 'Nothing was removed.',
  reasons: 'Why',
  listJoin: '; ',
  formatDate: (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  detector: DETECTOR_WORDS.en,
};

export const STRINGS: Record<Lang, Strings> = { zh: ZH, en: EN };

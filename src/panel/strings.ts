// The shape of the panel's words: one table per language with the same keys (strings-zh.ts,
// strings-en.ts), so a missing translation is a type error. The panel loads only the table of the
// UI's language. Page text never comes through here: only the UI's own words.

import type { Lang, TabWords } from '../common/lang';
import type { CopyFormat } from '../common/model';
import type { DocKind } from '../core/types';

export interface Strings extends TabWords {
  /** BCP 47 tag for the root's `lang` attribute. */
  tag: string;
  collapse: string;
  loading: string;
  notArticle: string;
  error: string;
  copy: Record<CopyFormat, string>;
  /** The group of citation formats for reference managers (CSL-JSON, RIS, BibTeX). */
  citeFormats: string;
  /** 复制本条's accessible name, naming its clause. */
  copyClause: (clause: string) => string;
  showOriginal: string;
  cleanAgain: string;
  document: string;
  /** The kinds' names where they are not the kind itself (the Chinese table has none). */
  kinds?: Record<DocKind, string>;
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
  /** 判断有误？, the disclosure of 仍然净化, 这是公文 / 这不是公文 and 复制诊断信息 (their words: detector-strings.ts). */
  detectorHeading: string;
}

/** The language of a table (its tag: zh-CN, en), for the words that load apart in both languages. */
export const langOf = (words: Strings): Lang => (words.tag.startsWith('zh') ? 'zh' : 'en');

/** The table of `lang`, each a chunk of its own. */
export const loadStrings = (lang: Lang): Promise<Strings> =>
  lang === 'zh'
    ? import('./strings-zh').then((table) => table.ZH)
    : import('./strings-en').then((table) => table.EN);

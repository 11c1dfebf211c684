// What a copy says after it: the confirmation of each format, of 复制本条, and why a copy failed, in
// both languages. Loaded at the first copy (copy-outcome.tsx), beside the copy itself, not with the
// panel: no reader sees these words before a click.
import type { CopyFailure } from '../common/copy-error';
import type { Lang } from '../common/lang';
import type { CopyFormat } from '../common/model';

export interface CopyWords {
  copied: Record<CopyFormat, string>;
  clauseCopied: string;
  /** Why a copy failed, by the reason the one copy path gives (common/clipboard.ts). */
  copyFailed: Record<CopyFailure, string>;
}

export const COPY_WORDS: Record<Lang, CopyWords> = {
  zh: {
    copied: {
      text: '已复制正文',
      markdown: '已复制 Markdown',
      summary: '已复制摘要',
      citation: '已复制引用（GB/T 7714）',
      csl: '已复制 CSL-JSON（可粘贴到 Zotero）',
      ris: '已复制 RIS',
      bibtex: '已复制 BibTeX',
    },
    clauseCopied: '已复制本条及链接',
    copyFailed: { nothing: '此页没有可复制的正文', refused: '浏览器拒绝写入剪贴板，请点击页面后重试' },
  },
  en: {
    copied: {
      text: 'Copied the text',
      markdown: 'Copied Markdown',
      summary: 'Copied the summary',
      citation: 'Copied the citation (GB/T 7714)',
      csl: 'Copied CSL-JSON (paste it into Zotero)',
      ris: 'Copied RIS',
      bibtex: 'Copied BibTeX',
    },
    clauseCopied: 'Copied the clause and its link',
    copyFailed: {
      nothing: 'Nothing to copy on this page',
      refused: 'The browser refused the clipboard; click the page and try again',
    },
  },
};

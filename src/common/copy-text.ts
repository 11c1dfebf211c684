// The text each copy format puts on the clipboard, made from the analysis only when asked for: the
// text, the summary and the Markdown from its blocks, the citation forms from its page and document, with today's date in
// Beijing as the access date (the date printed by the CLI's `cite` too). It runs where the analysis
// lives (the content script's copy half, loaded at the first copy; the side panel asks it there).
import { toBibtex } from '../core/cite/bibtex';
import { citePage } from '../core/cite/cite';
import { beijingToday } from '../core/cite/date';
import { toRis } from '../core/cite/ris';
import { copyClause } from '../core/copy/clause';
import { formatSummary, formatText } from '../core/format';
import { formatMarkdown } from '../core/markdown';
import type { Analysis, Clause } from '../core/types';
import type { CiteEdition, CopyFormat, ResultData } from './model';

/** The text of `format` for an analysis; empty where there is nothing of that kind (a page not to cite). */
export function copyText(
  analysis: Analysis,
  format: CopyFormat,
  edition: CiteEdition,
  today: string = beijingToday(),
): string {
  switch (format) {
    case 'text':
      return formatText(analysis.blocks, analysis.document);
    case 'summary':
      return formatSummary(analysis.page, analysis.document);
    case 'markdown':
      return formatMarkdown(analysis.page, analysis.blocks, analysis.document);
    default: {
      const cite = citePage(analysis.page, analysis.document, today, edition);
      if (!cite) return '';
      if (format === 'citation') return cite.gbt7714;
      // An array: what Zotero and citeproc-based managers take from the clipboard as CSL-JSON.
      if (format === 'csl') return JSON.stringify([cite.csl], null, 2);
      return format === 'ris' ? toRis(cite.csl) : toBibtex(cite.csl);
    }
  }
}

/** 复制本条: the clause naming its document, then the link that opens the page at the clause. */
export function clauseText(result: Pick<ResultData, 'page' | 'document'>, clause: Clause): string {
  if (!result.document) return '';
  const { text, link } = copyClause(clause, result.document, result.page.url);
  return link ? `${text}\n${link}` : text;
}

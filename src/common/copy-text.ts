// The text each copy format puts on the clipboard. The result's own strings are copied as they are;
// the citation forms are made here, only when asked for, from the result's page and document, with
// today's date in Beijing as the access date (the date printed by the CLI's `cite` too).
import { toBibtex } from '../core/cite/bibtex';
import { citePage } from '../core/cite/cite';
import { beijingToday } from '../core/cite/date';
import { toRis } from '../core/cite/ris';
import { copyClause } from '../core/copy/clause';
import type { Clause } from '../core/types';
import type { CiteEdition, CopyFormat, ResultData } from './model';

/** The text of `format` for a result; empty where there is nothing of that kind (a page not to cite). */
export function copyText(
  result: ResultData,
  format: CopyFormat,
  edition: CiteEdition,
  today: string = beijingToday(),
): string {
  switch (format) {
    case 'text':
    case 'markdown':
    case 'summary':
      return result[format];
    default: {
      const cite = citePage(result.page, result.document, today, edition);
      if (!cite) return '';
      if (format === 'citation') return cite.gbt7714;
      // An array: what Zotero and citeproc-based managers take from the clipboard as CSL-JSON.
      if (format === 'csl') return JSON.stringify([cite.csl], null, 2);
      return format === 'ris' ? toRis(cite.csl) : toBibtex(cite.csl);
    }
  }
}

/** 复制本条: the clause naming its document, then the link that opens the page at the clause. */
export function clauseText(result: ResultData, clause: Clause): string {
  if (!result.document) return '';
  const { text, link } = copyClause(clause, result.document, result.page.url);
  return link ? `${text}\n${link}` : text;
}

// The CSL-JSON item of a page (contract v2, `cite.csl`): what Zotero and other reference managers
// import from the clipboard, and what the GB/T 7714 line, RIS and BibTeX are all made from.
import type { OfficialDocument, PageInfo } from '../types';
import { type CslDate, cslDate } from './date';
import { siteName } from './site';

/** Issuers and outlets are bodies, never persons: a literal name is never split into family and given. */
export interface CslName {
  literal: string;
}

/** The fields we fill, in the contract's order (JSON keeps it). */
export interface CslItem {
  type: 'legislation' | 'webpage';
  title?: string;
  author?: CslName[];
  number?: string;
  'container-title'?: string;
  issued?: CslDate;
  URL?: string;
  accessed: CslDate;
  language: 'zh-CN';
}

const names = (literals: readonly string[]): CslName[] | undefined =>
  literals.length ? literals.map((literal) => ({ literal })) : undefined;

/**
 * The item for a page and its document (null for an ordinary article), accessed on `accessed`
 * (`YYYY-MM-DD`). A document cites as legislation by its issuers, number and 成文日期; an ordinary
 * article as a web page by its source outlet. Absent values are left out, never filled with guesses.
 */
export function buildCsl(page: PageInfo, doc: OfficialDocument | null, accessed: string): CslItem {
  const accessedDate = cslDate(accessed);
  if (!accessedDate) throw new RangeError(`access date must be YYYY-MM-DD, not ${accessed}`);
  const item: Record<string, unknown> = doc
    ? {
        type: 'legislation',
        title: doc.title ?? page.title ?? undefined,
        author: names(doc.issuers),
        number: doc.number?.text,
        issued: cslDate(doc.date) ?? cslDate(page.publishedAt),
      }
    : {
        type: 'webpage',
        title: page.title ?? undefined,
        author: names(page.source ? [page.source] : []),
        'container-title': siteName(page.citeUrl ?? page.url) ?? undefined,
        issued: cslDate(page.publishedAt),
      };
  item.URL = page.citeUrl ?? page.url ?? undefined;
  item.accessed = accessedDate;
  item.language = 'zh-CN';
  for (const key of Object.keys(item)) if (item[key] === undefined) delete item[key];
  return item as unknown as CslItem;
}

// The contract's `cite` object: the CSL item and its GB/T 7714 line, for an article page.
import type { OfficialDocument, PageInfo } from '../types';
import { buildCsl, type CslItem } from './csl';
import { type Edition, formatGbt7714 } from './gbt7714';

export interface Citation {
  csl: CslItem;
  gbt7714: string;
}

/** Null for a page that is not an article: there is nothing to cite. */
export function citePage(
  page: PageInfo,
  doc: OfficialDocument | null,
  accessed: string,
  edition: Edition = '2015',
): Citation | null {
  if (page.kind !== 'article') return null;
  const csl = buildCsl(page, doc, accessed);
  return { csl, gbt7714: formatGbt7714(csl, edition) };
}

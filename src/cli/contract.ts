// The extract contract's JSON (version 2) from a pipeline Result: the same fields in the same order,
// without the pipeline's internal ones (blocks, clause block indexes, title block range).
import { citePage } from '../core/cite/cite';
import type { Clause, DocNumber, Result } from '../core/types';

export const CONTRACT_VERSION = 2;

interface ContractClause {
  label: string;
  heading: string | null;
  text: string;
  children: ContractClause[];
}

const clause = (c: Clause): ContractClause => ({
  label: c.label,
  heading: c.heading,
  text: c.text,
  children: c.children.map(clause),
});

const number = (n: DocNumber) => ({ text: n.text, agency: n.agency, year: n.year, serial: n.serial });

export type ContractOutput = ReturnType<typeof toContract>;

/** `accessed` (YYYY-MM-DD) is the access date the citation carries. */
export function toContract(result: Result, accessed: string) {
  const { page, document: doc } = result;
  return {
    contract: CONTRACT_VERSION,
    url: page.url,
    page: { kind: page.kind, title: page.title, publishedAt: page.publishedAt, source: page.source },
    removed: result.removed,
    text: result.text,
    markdown: result.markdown,
    document: doc && {
      kind: doc.kind,
      title: doc.title,
      issuers: doc.issuers,
      number: doc.number && number(doc.number),
      addressees: doc.addressees,
      date: doc.date,
      clauses: doc.clauses.map(clause),
      attachments: doc.attachments,
      note: doc.note,
      cites: doc.cites.map(number),
    },
    cite: citePage(page, doc, accessed),
  };
}

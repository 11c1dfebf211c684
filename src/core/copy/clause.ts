// 复制本条: one clause of a document's outline as text that names its document, and a link that
// opens the page scrolled to the clause (a text fragment, `#:~:text=`, which current browsers follow).
import type { Clause, OfficialDocument } from '../types';

export interface ClauseCopy {
  /** `《标题》（发文字号）三、…`, the clause's children on the lines after it. */
  text: string;
  /** The page's address with a text fragment of the clause's start; null where the page has no address. */
  link: string | null;
}

/** How much of the clause's start the fragment quotes: enough to be unique, short enough to match. */
const FRAGMENT_CHARS = 24;

/**
 * A text fragment's text, percent-encoded: `-`, `,` and `&` delimit the directive's parts, so they
 * are encoded too (encodeURIComponent leaves `-` as it is).
 */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

function clauseLines(clause: Clause): string[] {
  return [`${clause.label}${clause.text}`, ...clause.children.flatMap(clauseLines)];
}

/** The clause's opening words as the page prints them, up to the first space (the page may break lines there). */
function fragmentStart(clause: Clause): string {
  const start = `${clause.label}${clause.text}`;
  return (start.split(/\s/, 1)[0] ?? start).slice(0, FRAGMENT_CHARS);
}

export function copyClause(clause: Clause, doc: OfficialDocument, url: string | null): ClauseCopy {
  const title = doc.title ? `《${doc.title}》` : '';
  const number = doc.number ? `（${doc.number.text}）` : '';
  const [first = '', ...rest] = clauseLines(clause);
  const text = [`${title}${number}${first}`, ...rest].join('\n');
  const link = url ? `${url.replace(/#.*$/, '')}#:~:text=${encodeFragmentText(fragmentStart(clause))}` : null;
  return { text, link };
}

// The YAML front matter that opens the Markdown copy: where the text came from, for notes apps
// (Obsidian, Logseq …) and static-site tools that read it.
import type { OfficialDocument, PageInfo } from './types';

/**
 * Characters JSON leaves raw that YAML reads otherwise: C1 controls (U+0085 is a line break in YAML
 * 1.1), the Unicode line and paragraph separators, and the non-characters YAML refuses.
 */
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** A double-quoted scalar: JSON's string syntax is YAML's, once those characters are escaped too. */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(
    YAML_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The `---` block: title, url, source, published and, for a document, its own metadata; absent values left out. */
export function frontMatter(page: PageInfo, doc: OfficialDocument | null): string[] {
  const lines = ['---'];
  const scalar = (key: string, value: string | null | undefined) => {
    if (value) lines.push(`${key}: ${yamlString(value)}`);
  };
  scalar('title', page.title);
  scalar('url', page.url);
  scalar('source', page.source);
  scalar('published', page.publishedAt);
  if (doc) {
    scalar('document_title', doc.title);
    scalar('document_number', doc.number?.text);
    scalar('document_date', doc.date);
    if (doc.issuers.length)
      lines.push('issuers:', ...doc.issuers.map((issuer) => `  - ${yamlString(issuer)}`));
  }
  lines.push('---');
  return lines;
}

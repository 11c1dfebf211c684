// The second half of the pipeline: blocks → parse → format, on a body that has been cleaned. The
// pipeline runs it right after cleaning; the content script loads it only when something needs it
// (the panel, a page that looks like a document, a copy), so an ordinary page never does.
import { buildBlocks } from './blocks';
import { formatMarkdown, formatSummary, formatText } from './format';
import { parseDocument } from './parse/document';
import type { PageInfo, Removal, Result } from './types';

export function analyse(page: PageInfo, body: Element, removed: Removal[]): Result {
  const blocks = buildBlocks(body);
  const document = parseDocument(blocks, page.title);
  return {
    page,
    removed,
    blocks,
    text: formatText(blocks, document),
    markdown: formatMarkdown(page, blocks, document),
    summary: formatSummary(page, document),
    document,
  };
}

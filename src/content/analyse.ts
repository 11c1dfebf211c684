// The second half of the pipeline (blocks → parse → format), loaded only when something needs it:
// the panel is shown, the page looks like it carries a document, or the user copies. An ordinary
// article page is cleaned by the first half alone and never loads this. It composes the same core
// functions, in the same order, as src/core/pipeline.ts (the e2e test checks that the copied text
// equals the CLI's `text`).
import { buildBlocks } from '../core/blocks';
import { formatMarkdown, formatSummary, formatText } from '../core/format';
import { parseDocument } from '../core/parse/document';
import type { PageInfo, Removal, Result } from '../core/types';

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

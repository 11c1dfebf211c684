// The second half of the pipeline: blocks → parse → format, on a body that has been cleaned. The
// pipeline runs it right after cleaning; the content script loads it only when something needs it
// (the panel, a page that looks like a document, a copy), so an ordinary page never does.
import { buildBlocks } from './blocks';
import { formatMarkdown, formatSummary, formatText } from './format';
import { parseDocument } from './parse/document';
import { type Profile, timed } from './profile';
import type { DocumentView, PageInfo, Removal, Result } from './types';

/** `view`: the reader's 这是公文 (parse as a document whatever the signals) or 这不是公文 (no document). */
export function analyse(
  page: PageInfo,
  body: Element,
  removed: Removal[],
  profile?: Profile,
  view: DocumentView = 'auto',
): Result {
  const blocks = timed(profile, 'blocks', () => buildBlocks(body));
  const document =
    view === 'off' ? null : timed(profile, 'parse', () => parseDocument(blocks, page.title, view === 'on'));
  const text = timed(profile, 'format', () => formatText(blocks, document));
  // Markdown and the summary are made the first time they are read (a copy in that format, the panel,
  // JSON or a spread, which all read them): most runs never ask for them.
  let markdown: string | undefined;
  let summary: string | undefined;
  return {
    page,
    removed,
    blocks,
    text,
    get markdown() {
      markdown ??= timed(profile, 'format', () => formatMarkdown(page, blocks, document));
      return markdown;
    },
    get summary() {
      summary ??= timed(profile, 'format', () => formatSummary(page, document));
      return summary;
    },
    document,
  };
}

// The second half of the pipeline: blocks → parse → format, on a body that has been cleaned. The
// pipeline runs it right after cleaning (and adds the Markdown, markdown.ts); the content script
// loads it only when something needs it (the panel, a page that looks like a document, a copy), so
// an ordinary page never does.
import { buildBlocks } from './blocks';
import { describePage } from './describe';
import { formatSummary, formatText } from './format';
import { parseDocument } from './parse/document';
import { type Profile, timed } from './profile';
import type { Analysis, DocumentView, PageInfo, Removal } from './types';

/** `view`: the reader's 这是公文 (parse as a document whatever the signals) or 这不是公文 (no document). */
export function analyse(
  detected: PageInfo,
  body: Element,
  removed: Removal[],
  profile?: Profile,
  view: DocumentView = 'auto',
): Analysis {
  // Read here, not in detect: only the panel, a citation and the output need the page's date and
  // source, and detect runs on every page load. (The desktop address a citation gives is read where
  // one is made: cite/desktop-url.ts.)
  const page = describePage(body.ownerDocument, detected);
  const blocks = timed(profile, 'blocks', () => buildBlocks(body));
  const document =
    view === 'off' ? null : timed(profile, 'parse', () => parseDocument(blocks, page.title, view === 'on'));
  const text = timed(profile, 'format', () => formatText(blocks, document));
  // The summary is made the first time it is read (a copy in that format, the panel, JSON or a
  // spread, which all read it): most runs never ask for it.
  let summary: string | undefined;
  return {
    page,
    removed,
    blocks,
    text,
    get summary() {
      summary ??= timed(profile, 'format', () => formatSummary(page, document));
      return summary;
    },
    document,
  };
}

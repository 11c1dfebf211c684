// The second half of the pipeline: blocks → parse, on a body that has been cleaned. The pipeline runs
// it right after cleaning (and adds the text, the summary and the Markdown: format.ts, markdown.ts);
// the content script loads it only when something needs it (the panel, a page that looks like a
// document, a copy), so an ordinary page never does, and formats only at a copy: the panel shows
// none of those, and they stay out of what showing it loads.
import { buildBlocks } from './blocks';
import { describePage } from './describe';
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
  return { page, removed, blocks, document };
}

// Copy of a selection inside the article: just the selected text, cleaned by the same rule table as
// the page (stock widgets re-joined, promos out), then the source line. The cleaning runs on a clone
// of the selection, so the page is never touched.
import { buildBlocks } from '../blocks';
import { clean } from '../clean';
import { formatText } from '../format';
import type { Matcher, PageInfo } from '../types';
import { sourceLine } from './source-line';

/**
 * `selection` is the Range the reader selected (or a fragment already cloned from one); `rules` the
 * body rules in force (the CLI's BODY_RULES, the content script's matchers without words). They are
 * passed, never defaulted here: importing the rule table would carry its words and examples into
 * the content script's bundle.
 */
export function copySelection(
  selection: Range | DocumentFragment,
  page: PageInfo,
  rules: readonly Matcher[],
): string {
  const fragment =
    'cloneContents' in selection
      ? selection.cloneContents()
      : (selection.cloneNode(true) as DocumentFragment);
  const doc = fragment.ownerDocument;
  const holder = doc.createElement('div');
  holder.append(fragment);
  clean(holder, rules);
  const text = formatText(buildBlocks(holder), null);
  return [text, sourceLine(page)].filter(Boolean).join('\n\n');
}

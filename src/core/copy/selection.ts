// Copy of a selection inside the article: just the selected text, cleaned by the same rule table as
// the page (stock widgets re-joined, promos out), then the source line. The cleaning runs on a clone
// of the selection, so the page is never touched.
import { buildBlocks } from '../blocks';
import { clean } from '../clean';
import { formatText } from '../format';
import { BODY_RULES } from '../rules';
import type { Matcher, PageInfo } from '../types';
import { sourceLine } from './source-line';

/** `selection` is the Range the reader selected (or a fragment already cloned from one). */
export function copySelection(
  selection: Range | DocumentFragment,
  page: PageInfo,
  rules: readonly Matcher[] = BODY_RULES,
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

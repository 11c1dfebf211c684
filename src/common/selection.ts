// The context menu's copy of a selection (run by the content script's lazy half, so it lives outside
// src/content, whose modules the page chunk takes): only what the reader selected inside the article, cleaned
// by the rules the user left on, with its source line. A selection elsewhere on the page (a sidebar,
// the navigation) is not the article's: the caller copies the whole text instead.
import { copySelection } from '../core/copy/selection';
import type { Matcher, PageInfo } from '../core/types';

/** The selection's cleaned text and source line, or null where nothing inside `body` is selected. */
export function selectionText(
  selection: Selection | null,
  body: Element | null,
  page: PageInfo,
  rules: readonly Matcher[],
): string | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !body) return null;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.commonAncestorContainer)) return null;
  return copySelection(range, page, rules) || null;
}

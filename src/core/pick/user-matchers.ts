// The reader's own rules (隐藏此块) as page rules of the cleaning. Loaded with the picker's half: only
// a site where the reader has hidden something asks for it.

import { USER_PREFIX } from '../matchers';
import type { Matcher, UserRule } from '../types';

/** Characters a selector never needs and a stylesheet would read as the end of the rule (or a comment). */
const UNSAFE = /[{};@\\]|\/\*/;

/** The longest selector kept: a picked one is short; a long one is not ours. */
export const MAX_SELECTOR = 300;

/** Could `selector` be used as a rule at all: short, nothing a stylesheet reads as more than a selector? */
export const safeSelector = (selector: string): boolean =>
  selector.trim() === selector &&
  selector.length > 0 &&
  selector.length <= MAX_SELECTOR &&
  !UNSAFE.test(selector);

/** Is `selector` safe and valid CSS for this document's engine? */
export function validSelector(doc: Document, selector: string): boolean {
  if (!safeSelector(selector)) return false;
  try {
    doc.querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/**
 * The user's rules for `site` that are on, as page rules that remove: the stylesheet hides what they
 * take page-wide, the cleaning takes it out of the DOM (and counts it) where that is not the article
 * body or around it. A selector this browser cannot read is left out, never thrown at the page.
 */
export const userMatchers = (rules: readonly UserRule[], site: string, doc: Document): Matcher[] =>
  rules
    .filter((rule) => rule.on && rule.site === site && validSelector(doc, rule.selector))
    .map(({ selector }) => ({
      name: USER_PREFIX + selector,
      scope: 'page',
      action: 'remove',
      selectors: [selector],
    }));

// Before a chosen block becomes a rule, its selector is tried on the page it was chosen on: it must
// take the chosen element, and not much more than the reader saw; a selector that would quietly hide
// half the page is refused, not saved.
import { MAX_OTHERS } from '../matchers';
import { validSelector } from './user-matchers';

export type SelectorCheck =
  /** fine: `count` elements (the chosen one included); `body`: one of them is the article body or holds it */
  | { ok: true; count: number; body: boolean }
  /** invalid: not a selector; misses: it does not take the chosen element; too-many: over MAX_OTHERS others */
  | { ok: false; reason: 'invalid' | 'misses' | 'too-many'; count: number };

/** Try `selector` on the document of `chosen`; `body` is the article body (null where there is none). */
export function checkSelector(selector: string, chosen: Element, body: Element | null): SelectorCheck {
  const doc = chosen.ownerDocument;
  if (!validSelector(doc, selector)) return { ok: false, reason: 'invalid', count: 0 };
  const taken = Array.from(doc.querySelectorAll(selector));
  const count = taken.length;
  if (!taken.includes(chosen)) return { ok: false, reason: 'misses', count };
  if (count > MAX_OTHERS + 1) return { ok: false, reason: 'too-many', count };
  return { ok: true, count, body: body !== null && taken.some((el) => el.contains(body)) };
}

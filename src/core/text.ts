// Small string helpers shared by the core stages.

/**
 * Runs of white space other than U+3000: the contract keeps full-width spaces inside a string as
 * printed (`财政部　税务总局`), so only the other kinds are collapsed.
 */
const SPACE_RUN = /[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f]+/g;

/**
 * Collapse runs of white space to one space and trim both ends (U+3000 inside is kept). `trim`
 * takes the ideographic paragraph indent U+3000 at the ends too (it is white space to it), and does
 * so without a regular expression: this runs on every paragraph of every page.
 */
export function collapseSpace(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/** Zero-width and bidi control characters that pages carry invisibly. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** Collapse white space and drop invisible characters: the text of one block. */
export function blockText(text: string): string {
  return collapseSpace(text.replace(INVISIBLE, ''));
}

/**
 * The node after `at` in document order, staying inside `root`; with `skip`, `at`'s own subtree is
 * passed over. Walks are loops over this, never recursion: a page's script can nest elements deeper
 * than the call stack goes.
 */
export function following(at: Node, root: Node, skip = false): Node | null {
  if (!skip && at.firstChild) return at.firstChild;
  for (let node: Node | null = at; node && node !== root; node = node.parentNode) {
    if (node.nextSibling) return node.nextSibling;
  }
  return null;
}

/** `following` over elements only: the element after `at` in document order, inside `root`. */
export function followingElement(at: Element, root: Element): Element | null {
  if (at.firstElementChild) return at.firstElementChild;
  for (let el: Element | null = at; el && el !== root; el = el.parentElement) {
    if (el.nextElementSibling) return el.nextElementSibling;
  }
  return null;
}

/**
 * The text of a subtree, as `textContent` gives it, by a plain walk over its text nodes. Some DOMs
 * (jsdom, which the CLI uses) build `textContent` slowly; the walk costs the same everywhere.
 */
export function textOf(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  let text = '';
  for (let at = following(node, node); at; at = following(at, node)) {
    if (at.nodeType === 3) text += at.nodeValue ?? '';
  }
  return text;
}

// The selector of a block the reader chose to hide (隐藏此块): built from ids and class names only,
// never from positions (:nth-child breaks as soon as Sina adds one banner above), and without class
// names that a build tool generated or that only say a state (they change from load to load, or
// while the reader looks). Short where it can be: the chosen element's own names first, its
// ancestors' only where the short one would also take too many other elements.
import { MAX_OTHERS } from '../matchers';

/** Class names and ids of this form are safe to write into a selector unescaped. */
const PLAIN_NAME = /^-?[A-Za-z_][\w-]*$/;

/**
 * Names a build tool or a counter generated: long digit runs (`ad_1637829`), hashes (`css-1x2y3z`,
 * `Button_root__a1B2c`), framework prefixes (`sc-`, `data-v-`). They differ from one load or one
 * build to the next.
 */
const GENERATED = [
  /\d{3,}/,
  /^(?:css|sc|jsx|emotion|svelte|ng|data-v)-/i,
  // a run of five or more letters and digits mixed: a hash, not a word
  /(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{5,}/,
];

/** Names that only say a state or a layout helper: present on some loads, or on many unrelated blocks. */
const STATE =
  /^(?:is-|has-|js-)|^(?:active|current|cur|hover|focus|selected|on|off|open|opened|closed|show|shown|hide|hidden|visible|fixed|sticky|loading|loaded|expanded|collapsed|disabled|clearfix|clearit|clear|cf|fl|fr|left|right)$|[-_](?:active|hover|focus|selected|show|hidden|visible|fixed|on|cur)$/i;

/** Our own marks (the clause highlight) are never part of the page's names. */
const OURS = /^sina-clean/;

export function stableName(name: string): boolean {
  return (
    PLAIN_NAME.test(name) && !OURS.test(name) && !STATE.test(name) && !GENERATED.some((re) => re.test(name))
  );
}

/** The element's own part of a selector: `#id`, or its stable classes, or null where it has neither. */
function ownPart(el: Element): string | null {
  const id = el.getAttribute('id');
  if (id && stableName(id)) return `#${id}`;
  const classes = Array.from(el.classList).filter(stableName);
  return classes.length ? classes.map((name) => `.${name}`).join('') : null;
}

/** How many elements of the document the selector matches (0 where it is not a valid selector). */
function count(doc: Document, selector: string): number {
  try {
    return doc.querySelectorAll(selector).length;
  } catch {
    return 0;
  }
}

/** How far up the ancestors are asked for names before giving up. */
const MAX_DEPTH = 6;

/**
 * A selector for `el` from ids and classes: the element's own names (or its tag below a named
 * ancestor where it has none), narrowed by ancestors' names until it takes at most MAX_OTHERS others.
 * Null where neither the element nor any near ancestor has a stable name.
 */
export function buildSelector(el: Element): string | null {
  const doc = el.ownerDocument;
  const own = ownPart(el);
  let selector = own;
  if (selector?.startsWith('#')) return selector;
  const tag = el.tagName.toLowerCase();
  let depth = 0;
  for (
    let at = el.parentElement;
    at && at !== doc.documentElement && depth < MAX_DEPTH;
    at = at.parentElement
  ) {
    if (selector && count(doc, selector) <= MAX_OTHERS + 1) return selector;
    const part = ownPart(at);
    depth++;
    if (!part) continue;
    // Without names of its own, the element is its tag as a direct child of the first named ancestor.
    selector = selector ? `${part} ${selector}` : depth === 1 ? `${part} > ${tag}` : `${part} ${tag}`;
    if (part.startsWith('#')) break;
  }
  return selector;
}

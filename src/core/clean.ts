// Cleaning as a plan that is applied and can be undone exactly. `plan` only reads the DOM; `apply`
// changes it and records, for every node it touches, where it stood; `undo` puts each node back in
// reverse order, so the document's HTML afterwards is identical to before.
import { collapseSpace, following, followingElement, textOf } from './text';
import type { Applied, Matcher, Removal, Step } from './types';
import { liftedStyle, unfoldRemoves } from './unfold';

/** Elements whose text a text rule tests: paragraph-like blocks (a pattern over the tag name, case aside for XHTML). */
const PARAGRAPH = /^(?:P|DIV|SECTION|LI|H[2-6]|BLOCKQUOTE|CENTER|FONT|STRONG)$/i;

/** A paragraph with one of these inside is a container, not a paragraph. */
const INNER_BLOCK = /^(?:P|DIV|SECTION|LI|TABLE|UL|OL|IMG|VIDEO)$/i;

/**
 * The text of a paragraph-like `el` in one walk of its subtree; null where it holds a block inside
 * (a container: reading a wrapper's text would read the article again for each wrapper). Most
 * paragraphs have no child elements at all.
 */
function leafText(el: Element): string | null {
  let text = '';
  for (let at = following(el, el); at; at = following(at, el)) {
    if (at.nodeType === 3) text += at.nodeValue;
    else if (at.nodeType === 1 && INNER_BLOCK.test((at as Element).tagName)) return null;
  }
  return text;
}

/** Is `node` inside (or equal to) one of the nodes already planned? */
function covered(node: Node, planned: { has(node: Node): boolean }, root: Node): boolean {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (planned.has(at)) return true;
  }
  return false;
}

/**
 * ONE pass over the body's elements for the text rules and the probed selectors (see `Prepared`):
 * each paragraph-like leaf's text is read once and tested against the rules whose length bound it
 * fits; an element whose class or id holds a word a probed selector asks for is checked against
 * those selectors. Matches go straight to `claim`.
 */
function elementMatches(
  root: Element,
  { textRules, longest, probe, probed }: Prepared,
  claim: (node: Node, rule: Matcher) => void,
): void {
  if (!textRules.length && !probed.length) return;
  // Over elements only: the text nodes between and inside paragraphs are leafText's to read.
  for (let el = followingElement(root, root); el; el = followingElement(el, root)) {
    if (probed.length && el.hasAttributes()) {
      // Each tested alone: a string made of the two would be built for every element.
      const names = el.getAttribute('class') ?? '';
      const { id } = el;
      if (probe.test(names) || probe.test(id)) {
        const hit = probed.find(
          ([selector, word]) => (word.test(names) || word.test(id)) && el.matches(selector),
        );
        if (hit) claim(el, hit[2]);
      }
    }
    if (!textRules.length || !PARAGRAPH.test(el.tagName)) continue;
    const raw = leafText(el);
    // Collapsing only shortens text; a raw text far over every bound cannot match.
    if (raw === null || raw.length > longest * 8) continue;
    const text = collapseSpace(raw);
    if (!text || text.length > longest) continue;
    for (const rule of textRules) {
      if (text.length <= (rule.maxLength ?? Number.POSITIVE_INFINITY) && rule.text?.test(text))
        claim(el, rule);
    }
  }
}

/** Elements of a `textIn` rule (e.g. <style>) whose text matches. */
function ownTextMatches(root: Element, rule: Matcher): Element[] {
  if (!rule.textIn || !rule.text) return [];
  const pattern = rule.text;
  return [...root.querySelectorAll(rule.textIn)].filter((el) => pattern.test(textOf(el)));
}

/** A marker's name without its begin/end word: `行情图begin` and `行情图end` open and close one region. */
const MARKER_END = /[\s_-]*(?:begin|end|start)$/i;

/**
 * Nodes strictly between two comment markers of the same name, siblings of each other
 * (`<!-- 总声明-->` … `<!-- 总声明-->`, `<!--NEWSZW_HZH_BEGIN-->` … `<!--NEWSZW_HZH_END-->`).
 */
function markedRegions(root: Element, markers: RegExp): Node[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x80 /* NodeFilter.SHOW_COMMENT */);
  const open = new Map<string, Comment>();
  const found: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const name = (node.nodeValue ?? '').trim().replace(MARKER_END, '');
    if (!markers.test(name)) continue;
    const start = open.get(name);
    if (!start || start.parentNode !== node.parentNode) {
      open.set(name, node as Comment);
      continue;
    }
    open.delete(name);
    for (let at = start.nextSibling; at && at !== node; at = at.nextSibling) {
      const blank = at.nodeType === 3 && !(at.nodeValue ?? '').trim();
      if (!blank && at.nodeType !== 8) found.push(at);
    }
  }
  return found;
}

/**
 * Matches of the selectors that are not probed, with ONE query over the body (one traversal instead
 * of one per selector); each hit goes to the first rule in table order whose selector it matches.
 */
function queriedMatches(root: Element, { queried, query }: Prepared): [Element, Matcher][] {
  const found: [Element, Matcher][] = [];
  if (query) {
    for (const el of root.querySelectorAll(query)) {
      const hit = queried.find(([selector]) => el.matches(selector));
      if (hit) found.push([el, hit[1]]);
    }
  }
  return found;
}

/**
 * A compound selector (no combinator, no pseudo-class): everything it asks, it asks of the element
 * itself. Only classes, ids and attributes with a plain quoted value: nothing escaped.
 */
const COMPOUND = /^[\w-]*(?:[.#][\w-]+|\[[\w-]+(?:[~|^$*]?="[^"]*")?\])+$/;

/**
 * A word that a compound selector's element must carry in its class or id: `.x` or `#x` (outside
 * an attribute's value), or the value of `[class^="x"]`, `[id*="x"]` and the like.
 */
const KEY = /[.#]([\w-]+)(?![^[]*\])|\[(?:class|id)[~|^$*]?="([\w-]+)"\]/;

/**
 * What a plan derives from its rule table alone, once per table (a page cleans with one table many
 * times). Tables are read-only: other rules (the reader's switches, a hidden block) make a new table.
 *
 * Selectors are matched two ways. A query of a selector list costs the browser a parse of the list
 * (once per document: about 20 µs for the body rules' 33 selectors) and, on every element, a test
 * of each selector in turn. Most selectors ask for a class or an id word: those are *probed*, by one
 * case-blind pattern (quirks mode matches classes and ids so) over the class and id of each element
 * the text rules walk over anyway, and only an element that holds such a word is matched against
 * them. The pattern is looser than the selectors (a word inside a longer class), never tighter: the
 * browser has the last word. The other selectors are *queried*, with one query as before; so are
 * all the selectors of a table without text rules, which walks nothing.
 */
interface Prepared {
  rank: Map<Matcher, number>;
  /** each probed selector, the word it asks for, and its rule, in table order */
  probed: [string, RegExp, Matcher][];
  /** any probed selector's word */
  probe: RegExp;
  /** each queried selector and its rule, in table order */
  queried: [string, Matcher][];
  /** all the queried selectors as one list ('' where there are none) */
  query: string;
  textRules: Matcher[];
  /** the longest text a text rule takes */
  longest: number;
  markers: [Matcher, RegExp][];
}

const preparedTables = new WeakMap<readonly Matcher[], Prepared>();

function prepare(rules: readonly Matcher[]): Prepared {
  let prepared = preparedTables.get(rules);
  if (!prepared) {
    const probed: Prepared['probed'] = [];
    const queried: Prepared['queried'] = [];
    const textRules = rules.filter((rule) => rule.text && !rule.textIn);
    for (const rule of rules)
      for (const selector of rule.selectors ?? []) {
        // Probed only where the text rules walk the elements anyway: a table without them (the page
        // rules, over the whole page) is queried, not walked.
        const key = textRules.length && COMPOUND.test(selector) ? KEY.exec(selector) : null;
        const word = key?.[1] ?? key?.[2];
        if (word) probed.push([selector, new RegExp(word, 'i'), rule]);
        else queried.push([selector, rule]);
      }
    prepared = {
      rank: new Map(rules.map((rule, i) => [rule, i])),
      probed,
      probe: new RegExp(probed.map(([, word]) => word.source).join('|'), 'i'),
      queried,
      query: queried.map(([selector]) => selector).join(),
      textRules,
      longest: Math.max(...textRules.map((rule) => rule.maxLength ?? Number.POSITIVE_INFINITY)),
      markers: rules.flatMap((rule): [Matcher, RegExp][] =>
        rule.comment ? [[rule, new RegExp(`^(?:${rule.comment})$`, 'i')]] : [],
      ),
    };
    preparedTables.set(rules, prepared);
  }
  return prepared;
}

/**
 * Plan the cleaning of `root` (the article body): which rule takes which node. A node matched by
 * several rules goes to the first in table order; a node inside another planned node is not planned
 * again, so counts are of what really goes. Steps come in table order, each rule's in document order.
 */
export function plan(root: Element, rules: readonly Matcher[]): Step[] {
  const prepared = prepare(rules);
  const { rank } = prepared;
  const rankOf = (rule: Matcher) => rank.get(rule) ?? 0;
  const owner = new Map<Node, Matcher>();
  const claim = (node: Node, rule: Matcher) => {
    const held = owner.get(node);
    if (node !== root && (!held || rankOf(rule) < rankOf(held))) owner.set(node, rule);
  };
  for (const [el, rule] of queriedMatches(root, prepared)) claim(el, rule);
  elementMatches(root, prepared, claim);
  for (const rule of rules) for (const el of ownTextMatches(root, rule)) claim(el, rule);
  for (const [rule, markers] of prepared.markers)
    for (const node of markedRegions(root, markers)) claim(node, rule);
  // Keep only the outermost: a node inside another planned node goes with it. An unfold that only
  // lifts a cap keeps its node, so what stands inside that node is planned as usual.
  const taken = new Set<Node>();
  for (const [node, rule] of owner) if (rule.action !== 'unfold' || unfoldRemoves(node)) taken.add(node);
  const outermost = [...owner].filter(([node]) => !covered(node.parentNode as Node, taken, root));
  return outermost
    .sort(([a, ruleA], [b, ruleB]) => rankOf(ruleA) - rankOf(ruleB) || documentOrder(a, b))
    .map(([node, rule]) => ({ rule: rule.name, action: rule.action, node }));
}

/** -1 when `a` comes before `b` in the document. */
function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}

/** One applied change, as it is needed to reverse it. */
interface Undoable {
  node: Node;
  parent: Node;
  /** for a removal: the sibling it stood before; for an unwrap: the text node that replaced it */
  anchor: Node | null;
  unwrapped: boolean;
  /** for an unfold that lifted a cap: the style attribute as it was */
  style?: string;
}

/** Apply a plan to the document. Every change is recorded so that `undo` restores it exactly. */
export function apply(steps: readonly Step[]): Applied {
  const done: Undoable[] = [];
  const counts = new Map<string, number>();
  for (const { rule, action, node } of steps) {
    const parent = node.parentNode;
    if (!parent) continue;
    if (action === 'unfold' && !unfoldRemoves(node)) {
      // A cap to lift; or neither cap nor mask (it holds the article): left as it is, not counted.
      const el = node as Element;
      const lifted = node.nodeType === 1 ? liftedStyle(el) : null;
      if (lifted === null) continue;
      done.push({ node, parent, anchor: null, unwrapped: false, style: el.getAttribute('style') ?? '' });
      el.setAttribute('style', lifted);
    } else if (action === 'unwrap') {
      const text = node.ownerDocument?.createTextNode(textOf(node));
      if (!text) continue;
      parent.replaceChild(text, node);
      done.push({ node, parent, anchor: text, unwrapped: true });
    } else {
      const anchor = node.nextSibling;
      parent.removeChild(node);
      done.push({ node, parent, anchor, unwrapped: false });
    }
    counts.set(rule, (counts.get(rule) ?? 0) + 1);
  }
  let undone = false;
  const removed: Removal[] = Array.from(counts, ([rule, count]) => ({ rule, count }));
  return {
    removed,
    undo() {
      if (undone) return;
      undone = true;
      for (let i = done.length - 1; i >= 0; i--) {
        const { node, parent, anchor, unwrapped, style } = done[i] as Undoable;
        if (style !== undefined) (node as Element).setAttribute('style', style);
        else if (unwrapped && anchor) parent.replaceChild(node, anchor);
        else parent.insertBefore(node, anchor);
      }
    },
  };
}

/** Plan and apply in one call. */
export function clean(root: Element, rules: readonly Matcher[]): Applied {
  return apply(plan(root, rules));
}

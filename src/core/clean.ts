// Cleaning as a plan that is applied and can be undone exactly. `plan` only reads the DOM; `apply`
// changes it and records, for every node it touches, where it stood; `undo` puts each node back in
// reverse order, so the document's HTML afterwards is identical to before.
import { compileSelector, type ElementTest } from './selector';
import { collapse, textOf } from './text';
import type { Applied, Matcher, Removal, Step } from './types';

/** Elements whose text a text rule tests: paragraph-like blocks. */
const PARAGRAPHS = new Set([
  'P',
  'DIV',
  'SECTION',
  'LI',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'CENTER',
  'FONT',
  'STRONG',
]);

/** A paragraph with one of these inside is a container, not a paragraph. */
const INNER_BLOCK = new Set(['P', 'DIV', 'SECTION', 'LI', 'TABLE', 'UL', 'OL', 'IMG', 'VIDEO']);

/**
 * Does `el` hold a block inside? A walk over child elements only, that stops at the first block: a
 * DOM query with a selector list would test every element of the subtree against each selector.
 */
function hasInnerBlock(el: Element): boolean {
  for (let at = el.firstElementChild; at && at !== el; ) {
    if (INNER_BLOCK.has(at.tagName.toUpperCase())) return true;
    let next: Element | null = at.firstElementChild;
    for (let up: Element | null = at; !next && up && up !== el; up = up.parentElement)
      next = up.nextElementSibling;
    at = next;
  }
  return false;
}

/** Is `node` inside (or equal to) one of the nodes already planned? */
function covered(node: Node, planned: { has(node: Node): boolean }, root: Node): boolean {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (planned.has(at)) return true;
  }
  return false;
}

/** A rule table prepared for the walk: compiled selectors, the rest for the DOM, the text rules. */
interface Prepared {
  compiled: { rule: Matcher; tests: ElementTest[] }[];
  /** Selectors that did not compile, each with its rule, for one DOM query. */
  rest: { rule: Matcher; selector: string }[];
  textRules: Matcher[];
  longest: number;
}

const prepared = new WeakMap<readonly Matcher[], Prepared>();

function prepare(rules: readonly Matcher[]): Prepared {
  const known = prepared.get(rules);
  if (known) return known;
  const out: Prepared = { compiled: [], rest: [], textRules: [], longest: 0 };
  for (const rule of rules) {
    const tests: ElementTest[] = [];
    for (const selector of rule.selectors ?? []) {
      const test = compileSelector(selector);
      if (test) tests.push(test);
      else out.rest.push({ rule, selector });
    }
    if (tests.length) out.compiled.push({ rule, tests });
    if (rule.text && !rule.textOf) out.textRules.push(rule);
  }
  out.longest = Math.max(0, ...out.textRules.map((rule) => rule.maxLength ?? Number.POSITIVE_INFINITY));
  prepared.set(rules, out);
  return out;
}

/** The text rules that take paragraph `el` (none for a container or a long paragraph). */
function textRulesOf(el: Element, { textRules, longest }: Prepared): Matcher[] {
  // Containers first: reading a wrapper's text would read the whole article again for each wrapper.
  if (hasInnerBlock(el)) return [];
  // The DOM's own textContent: in a browser one native call, where a script walk would wrap every
  // text node of the paragraph in a JavaScript object.
  const raw = el.textContent ?? '';
  // Collapsing only shortens text; a raw text far over every bound cannot match.
  if (!raw.trim() || raw.length > longest * 8) return [];
  const text = collapse(raw);
  if (text.length > longest) return [];
  return textRules.filter(
    (rule) => text.length <= (rule.maxLength ?? Number.POSITIVE_INFINITY) && rule.text?.test(text),
  );
}

/**
 * ONE walk over the body's elements for the selector rules and the text rules: each element is tested
 * against the compiled selectors (only where it has attributes: every compiled selector needs one),
 * and each paragraph-like leaf's text is read once and tested against the text rules.
 */
function walkMatches(root: Element, rules: Prepared, claim: (node: Node, rule: Matcher) => void): void {
  const quirks = root.ownerDocument.compatMode === 'BackCompat';
  const { compiled, textRules } = rules;
  // Each attribute that the selectors ask about is read from the DOM once per element.
  let el: Element = root;
  const read = new Map<string, string | null>();
  const attribute = (name: string) => {
    let value = read.get(name);
    if (value === undefined) {
      value = el.getAttribute(name);
      read.set(name, value);
    }
    return value;
  };
  // A tree walker over elements only: the body's text nodes are never visited one by one from script.
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    el = node as Element;
    const tag = el.localName;
    if (compiled.length && el.hasAttributes()) {
      read.clear();
      const hit = compiled.find(({ tests }) => tests.some((test) => test(attribute, tag, quirks)));
      if (hit) claim(el, hit.rule);
    }
    if (textRules.length && PARAGRAPHS.has(el.tagName.toUpperCase()))
      for (const rule of textRulesOf(el, rules)) claim(el, rule);
  }
  // Selectors too complex to compile: one DOM query, each hit to the first of their rules it matches.
  if (!rules.rest.length) return;
  for (const el of Array.from(root.querySelectorAll(rules.rest.map((r) => r.selector).join(',')))) {
    const hit = rules.rest.find(({ selector }) => el.matches(selector));
    if (hit) claim(el, hit.rule);
  }
}

/** Elements of a `textOf` rule (e.g. <style>) whose text matches. */
function ownTextMatches(root: Element, rule: Matcher): Element[] {
  if (!rule.textOf || !rule.text) return [];
  const pattern = rule.text;
  return Array.from(root.querySelectorAll(rule.textOf)).filter((el) => pattern.test(textOf(el)));
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
 * Plan the cleaning of `root` (the article body): which rule takes which node. A node matched by
 * several rules goes to the first in table order; a node inside another planned node is not planned
 * again, so counts are of what really goes. Steps come in table order, each rule's in document order.
 */
export function plan(root: Element, rules: readonly Matcher[]): Step[] {
  const rank = new Map(rules.map((rule, i) => [rule, i]));
  const rankOf = (rule: Matcher) => rank.get(rule) ?? 0;
  const owner = new Map<Node, Matcher>();
  const claim = (node: Node, rule: Matcher) => {
    const held = owner.get(node);
    if (node !== root && (!held || rankOf(rule) < rankOf(held))) owner.set(node, rule);
  };
  walkMatches(root, prepare(rules), claim);
  for (const rule of rules) {
    for (const el of ownTextMatches(root, rule)) claim(el, rule);
    if (rule.comment) {
      for (const node of markedRegions(root, new RegExp(`^(?:${rule.comment})$`, 'i'))) claim(node, rule);
    }
  }
  // Keep only the outermost: a node inside another planned node goes with it.
  const outermost = [...owner].filter(([node]) => !covered(node.parentNode as Node, owner, root));
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
}

/** Apply a plan to the document. Every change is recorded so that `undo` restores it exactly. */
export function apply(steps: readonly Step[]): Applied {
  const done: Undoable[] = [];
  const counts = new Map<string, number>();
  for (const { rule, action, node } of steps) {
    const parent = node.parentNode;
    if (!parent) continue;
    if (action === 'unwrap') {
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
        const { node, parent, anchor, unwrapped } = done[i] as Undoable;
        if (unwrapped && anchor) parent.replaceChild(node, anchor);
        else parent.insertBefore(node, anchor);
      }
    },
  };
}

/** Plan and apply in one call. */
export function clean(root: Element, rules: readonly Matcher[]): Applied {
  return apply(plan(root, rules));
}

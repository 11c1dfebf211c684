// Cleaning as a plan that is applied and can be undone exactly. `plan` only reads the DOM; `apply`
// changes it and records, for every node it touches, where it stood; `undo` puts each node back in
// reverse order, so the document's HTML afterwards is identical to before.
import { BODY_RULES } from './rules';
import { collapse } from './text';
import type { Applied, Removal, Rule, Step } from './types';

/** Elements whose text a text rule tests: paragraph-like blocks. */
const PARAGRAPHS = 'p, div, section, li, h2, h3, h4, h5, h6, blockquote, center, font, strong';
/** A paragraph with one of these inside is a container, not a paragraph. */
const INNER_BLOCK = 'p, div, section, li, table, ul, ol, img, video';

/** Is `node` inside (or equal to) one of the nodes already planned? */
function covered(node: Node, planned: ReadonlySet<Node>, root: Node): boolean {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (planned.has(at)) return true;
  }
  return false;
}

/** Elements a text rule may take: short paragraph-like leaves whose collapsed text matches. */
function textMatches(root: Element, rule: Rule, pattern: RegExp): Element[] {
  const found: Element[] = [];
  const limit = rule.maxLength ?? Number.POSITIVE_INFINITY;
  for (const el of Array.from(root.querySelectorAll(rule.textOf ?? PARAGRAPHS))) {
    if (!rule.textOf && el.querySelector(INNER_BLOCK)) continue;
    const text = collapse(el.textContent ?? '');
    if (text && text.length <= limit && pattern.test(text)) found.push(el);
  }
  return found;
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

function candidates(root: Element, rule: Rule): Node[] {
  const nodes: Node[] = [];
  if (rule.selectors?.length) nodes.push(...Array.from(root.querySelectorAll(rule.selectors.join(','))));
  if (rule.text) nodes.push(...textMatches(root, rule, rule.text));
  if (rule.comment) nodes.push(...markedRegions(root, new RegExp(`^(?:${rule.comment})$`, 'i')));
  return nodes;
}

/**
 * Plan the cleaning of `root` (the article body): which rule takes which node. A node inside one
 * that an earlier step already takes is not planned again, so counts are of what really goes.
 */
export function plan(root: Element, rules: readonly Rule[] = BODY_RULES): Step[] {
  const steps: Step[] = [];
  const planned = new Set<Node>();
  for (const rule of rules) {
    for (const node of candidates(root, rule)) {
      if (node === root || covered(node, planned, root)) continue;
      planned.add(node);
      steps.push({ rule: rule.name, action: rule.action, node });
    }
  }
  // A node planned first may sit inside one planned later; keep only the outermost.
  return steps.filter((step) => !covered(step.node.parentNode as Node, planned, root));
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
      const text = node.ownerDocument?.createTextNode(node.textContent ?? '');
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
export function clean(root: Element, rules: readonly Rule[] = BODY_RULES): Applied {
  return apply(plan(root, rules));
}

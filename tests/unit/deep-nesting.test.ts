// Deeply nested bodies: a page's script can nest elements to any depth (the HTML parser stops at a
// few hundred, DOM calls do not), and a walk that recurses once per level overflows V8's stack at
// about 10,000 levels. The walk then throws, the content script undoes its cleaning and the panel
// shows an error instead of the article.
//
// The trees are plain objects with the node fields these walks read: happy-dom's own querySelector
// overflows at 5,000 levels and jsdom takes minutes to build one, so neither can hold such a page.
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/core/blocks';
import { textOf } from '../../src/core/text';

interface FakeNode {
  nodeType: number;
  tagName: string;
  nodeValue: string | null;
  firstChild: FakeNode | null;
  nextSibling: FakeNode | null;
  firstElementChild: FakeNode | null;
  nextElementSibling: FakeNode | null;
  parentNode: FakeNode | null;
  hasAttributes(): boolean;
  hasAttribute(name: string): boolean;
  getAttribute(name: string): string | null;
}

const node = (nodeType: number, tagName: string, nodeValue: string | null = null): FakeNode => ({
  nodeType,
  tagName,
  nodeValue,
  firstChild: null,
  nextSibling: null,
  firstElementChild: null,
  nextElementSibling: null,
  parentNode: null,
  hasAttributes: () => false,
  hasAttribute: () => false,
  getAttribute: () => null,
});

const DEEPEST = '最深处的一段正文，讲述了事件的来龙去脉。';

/** `depth` nested <div>/<span>s under a <div id=artibody>, with one paragraph of text at the bottom. */
function nested(depth: number): Element {
  const root = node(1, 'DIV');
  let at = root;
  for (let level = 0; level < depth; level += 1) {
    const child = node(1, level % 2 === 0 ? 'DIV' : 'SPAN');
    child.parentNode = at;
    at.firstChild = child;
    at.firstElementChild = child;
    at = child;
  }
  const text = node(3, '', DEEPEST);
  text.parentNode = at;
  at.firstChild = text;
  return root as unknown as Element;
}

describe.each([5_000, 20_000, 100_000])('a body nested %i levels deep', (depth) => {
  it('gives its blocks without overflowing the stack (src/core/blocks.ts)', () => {
    expect(buildBlocks(nested(depth)).map((block) => block.text)).toEqual([DEEPEST]);
  });

  it('gives its text without overflowing the stack (src/core/text.ts textOf)', () => {
    expect(textOf(nested(depth))).toBe(DEEPEST);
  });
});

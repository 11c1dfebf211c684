import { describe, expect, it } from 'vitest';
import { collapseSpace, followingElement } from '../../src/core/text';
import { page } from '../helpers/html';

describe('collapseSpace', () => {
  it('collapses every run of white space inside to one space', () => {
    expect(collapseSpace('责任编辑：\n\t 王珊珊')).toBe('责任编辑： 王珊珊');
    expect(collapseSpace('a\u00a0\u2003 b\u205fc')).toBe('a b c');
  });

  it('keeps a full-width space inside as printed, as the contract asks (财政部　税务总局)', () => {
    expect(collapseSpace('财政部　税务总局公告')).toBe('财政部　税务总局公告');
    expect(collapseSpace('财政部 　 税务总局')).toBe('财政部 　 税务总局');
  });

  it('trims both ends, the ideographic indent and a byte-order mark included', () => {
    expect(collapseSpace('\u3000\u3000一、总体要求\u3000 \n')).toBe('一、总体要求');
    expect(collapseSpace('\ufeff 标题 ')).toBe('标题');
    expect(collapseSpace(' \u3000\n ')).toBe('');
  });
});

describe('followingElement', () => {
  it('visits the elements under a root in document order, without its text, and never leaves the root', () => {
    const doc = page(
      '<body><div id="root">a<p id="p1">b<b id="b1">c</b></p>d<ul id="ul"><li id="li1"><i id="i1"></i></li><li id="li2"></li></ul></div><p id="after"></p></body>',
    );
    const root = doc.getElementById('root') as Element;
    const seen: string[] = [];
    for (let el = followingElement(root, root); el; el = followingElement(el, root)) seen.push(el.id);
    expect(seen).toEqual(['p1', 'b1', 'ul', 'li1', 'i1', 'li2']);
  });
});

import { describe, expect, it } from 'vitest';
import { collapseSpace } from '../../src/core/text';

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

// Titles with the markup a CSL processor interprets: our GB/T line must print them as citeproc-js does.
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../src/core/cite/csl';
import { formatGbt7714 } from '../../src/core/cite/gbt7714';
import { renderMarkup } from '../../src/core/cite/markup';
import { CSL_SKIP_REASON, HAVE_CSL, renderWithCiteproc } from '../helpers/citeproc';

const TITLES = [
  '"十四五"节能减排综合工作方案出炉',
  'a "b" c',
  'a("b")',
  '"b" and "c"',
  '"b',
  'a "b',
  '"a \'b\' c"',
  "it's",
  "a 'b' c",
  '“a” "b"',
  '<i>x</i> <span class="nocase">Y</span> <sc>z</sc>',
  'x<b>y',
  '中“国”‘人’',
  'a & b < c',
  '"甲"乙"丙"',
  '说"好"吗',
  '"他说"好"吗"',
  'ab"c" d',
];

describe('title markup', () => {
  it('curls quotes that open a quotation and leaves the others', () => {
    expect(renderMarkup('"十四五"规划')).toBe('“十四五”规划');
    expect(renderMarkup('说"好"吗')).toBe('说"好"吗');
    expect(renderMarkup("it's")).toBe('it’s');
    expect(renderMarkup('<i>x</i>y')).toBe('xy');
    expect(renderMarkup('x<b>y')).toBe('x<b>y');
  });

  if (!HAVE_CSL) console.warn(CSL_SKIP_REASON);
  it.skipIf(!HAVE_CSL).each(TITLES)('%s prints as citeproc-js prints it', (title) => {
    const item: CslItem = {
      type: 'webpage',
      title,
      accessed: { 'date-parts': [[2026, 11, 30]] },
      language: 'zh-CN',
    };
    expect(formatGbt7714(item, '2015')).toBe(renderWithCiteproc(item, '2015'));
    expect(formatGbt7714(item, '2025')).toBe(renderWithCiteproc(item, '2025'));
  });
});

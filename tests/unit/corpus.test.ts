// The Sogou corpus wrapper comes off a saved page exactly as the one pattern that first described it
// removed it (kept here as the oracle), on its real shape and on random strings made of its parts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrapCorpus } from '../../src/cli/corpus';

const ORACLE = /^\s*<text\b[^>]*>\s*\n|\n\s*<\/text>\s*$/g;
const oracle = (html: string): string => html.replace(ORACLE, '');

describe('unwrapCorpus', () => {
  it('takes off the wrapper lines of a corpus page and nothing else', () => {
    const page = '<html><body><p>正文</p></body></html>';
    expect(
      unwrapCorpus(`<text id="http://finance.sina.com.cn/x" encoding="gb2312">\n${page}\n</text>\n`),
    ).toBe(page);
    expect(unwrapCorpus(page)).toBe(page);
    expect(unwrapCorpus(`${page}\n</text>trailing`)).toBe(`${page}\n</text>trailing`);
  });

  it('cuts the end at the first newline of the whitespace before </text>, Unicode spaces included', () => {
    expect(unwrapCorpus('a \u3000\n \n\t</text> \n')).toBe('a \u3000');
    expect(unwrapCorpus('a</text>')).toBe('a</text>');
  });

  it('does what the pattern does on any string made of the wrapper’s parts', () => {
    const part = fc.constantFrom(
      '<text id=1>',
      '<text>',
      '<textarea>',
      '</text>',
      '\n',
      ' ',
      '\u3000',
      '\t',
      'a',
      '>',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const html = parts.join('');
        expect(unwrapCorpus(html)).toBe(oracle(html));
      }),
      { numRuns: 3000 },
    );
  });
});

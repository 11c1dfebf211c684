// The stored corrections of the detector: read leniently (whatever storage holds never throws and
// never yields a wrong type), and looked up by the address pattern (仍然净化) or the address
// (这是公文 / 这不是公文) of the page.
import { describe, expect, it } from 'vitest';
import { documentViewAt, parseOverrides } from '../../src/common/overrides';
import { cleanAnywayAt, withCleanAnyway, withDocumentView } from '../../src/common/overrides-update';

const NONE = parseOverrides({});
const ARTICLE = 'https://cj.sina.com.cn/articles/view/7857201856/1d45362c0019?from=home#top';
const NEXT_ARTICLE = 'https://cj.sina.com.cn/articles/view/1234567890/ab77';
const DOC = 'https://finance.sina.com.cn/china/2021-11-23/doc-ikyamrmy4485125.shtml';

describe('parseOverrides', () => {
  it('gives no overrides for an empty or foreign store', () => {
    expect(NONE).toEqual({ cleanAnyway: [], documentView: {} });
    expect(parseOverrides({ cleanAnyway: 'cj.sina.com.cn/*', documentView: [true] })).toEqual(NONE);
    expect(parseOverrides({ cleanAnyway: null, documentView: null })).toEqual(NONE);
  });

  it('keeps the well-typed entries and drops the others one by one', () => {
    const parsed = parseOverrides({
      cleanAnyway: ['a.sina.cn/*', 3, '', null, 'a.sina.cn/*', 'b.sina.cn/x/*'],
      documentView: {
        'https://a.sina.cn/1': true,
        'https://a.sina.cn/2': 'yes',
        'https://a.sina.cn/3': false,
      },
    });
    expect(parsed).toEqual({
      cleanAnyway: ['a.sina.cn/*', 'b.sina.cn/x/*'],
      documentView: { 'https://a.sina.cn/1': true, 'https://a.sina.cn/3': false },
    });
  });
});

describe('仍然净化, per address pattern', () => {
  it('holds for the next article of the same layout, not for another layout', () => {
    const on = withCleanAnyway(NONE, ARTICLE, true);
    expect(cleanAnywayAt(NONE, ARTICLE)).toBe(false);
    expect(cleanAnywayAt(on, ARTICLE)).toBe(true);
    expect(cleanAnywayAt(on, NEXT_ARTICLE)).toBe(true);
    expect(cleanAnywayAt(on, DOC)).toBe(false);
  });

  it('is forgotten by turning it off, and stored once however often it is chosen', () => {
    const twice = withCleanAnyway(withCleanAnyway(NONE, ARTICLE, true), NEXT_ARTICLE, true);
    expect(twice.cleanAnyway).toHaveLength(1);
    expect(cleanAnywayAt(withCleanAnyway(twice, ARTICLE, false), NEXT_ARTICLE)).toBe(false);
  });

  it('survives a round trip through storage', () => {
    const on = withCleanAnyway(NONE, ARTICLE, true);
    expect(cleanAnywayAt(parseOverrides(JSON.parse(JSON.stringify(on))), NEXT_ARTICLE)).toBe(true);
  });
});

describe('这是公文 / 这不是公文, per address', () => {
  it('is auto until set, then on or off for that address only (query and fragment aside)', () => {
    expect(documentViewAt(NONE, DOC)).toBe('auto');
    const off = withDocumentView(NONE, `${DOC}?from=wap`, 'off');
    expect(documentViewAt(off, `${DOC}#p2`)).toBe('off');
    expect(documentViewAt(off, DOC.replace('4485125', '4485126'))).toBe('auto');
    expect(documentViewAt(withDocumentView(off, DOC, 'on'), DOC)).toBe('on');
  });

  it('is forgotten by setting it back to auto', () => {
    const on = withDocumentView(NONE, DOC, 'on');
    expect(withDocumentView(on, DOC, 'auto')).toEqual(NONE);
  });

  it('ignores an address that is not http(s)', () => {
    expect(withDocumentView(NONE, 'about:blank', 'on')).toEqual(NONE);
    expect(withCleanAnyway(NONE, 'about:blank', true)).toEqual(NONE);
  });
});

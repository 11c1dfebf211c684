// The keys under which corrections of the detector are remembered: the address without query and
// fragment (这是公文 / 这不是公文), and the address pattern of one layout (仍然净化).
import { describe, expect, it } from 'vitest';
import { addressPattern, pageAddress } from '../../src/common/address';

describe('pageAddress', () => {
  it('drops the query string and the fragment, keeps scheme, host and path', () => {
    expect(pageAddress('https://finance.sina.com.cn/a/doc-ikyamrmy4485125.shtml?from=wap&uid=42#p3')).toBe(
      'https://finance.sina.com.cn/a/doc-ikyamrmy4485125.shtml',
    );
  });

  it('is null for what is not an http(s) address', () => {
    expect(pageAddress('not a url')).toBeNull();
    expect(pageAddress('file:///tmp/page.html')).toBeNull();
  });
});

describe('addressPattern', () => {
  it.each([
    [
      'https://finance.sina.com.cn/china/gncj/2021-11-23/doc-ikyamrmy4485125.shtml',
      'finance.sina.com.cn/china/gncj/*-*-*/doc-*.shtml',
    ],
    [
      'https://cj.sina.com.cn/articles/view/7857201856/1d45362c00190xyz?from=x#top',
      'cj.sina.com.cn/articles/view/*/*',
    ],
    [
      'http://finance.sina.cn/2024-05-01/detail-inavqxyz1234567.d.html',
      'finance.sina.cn/*-*-*/detail-*.d.html',
    ],
    ['https://k.sina.com.cn/article_5787405434_158f4a1fa00100wxqq.html', 'k.sina.com.cn/article_*_*.html'],
  ])('generalises the ids of %s', (url, pattern) => {
    expect(addressPattern(url)).toBe(pattern);
  });

  it('gives two articles of one layout the same pattern, whatever their ids and queries', () => {
    expect(addressPattern('https://cj.sina.com.cn/articles/view/1/abc9?x=1')).toBe(
      addressPattern('https://cj.sina.com.cn/articles/view/7857201856/ffe0012'),
    );
  });

  it('keeps apart another host, another section, and the section index itself', () => {
    const article = addressPattern('https://finance.sina.com.cn/china/2021-11-23/doc-ikyam1.shtml');
    expect(addressPattern('https://news.sina.com.cn/china/2021-11-23/doc-ikyam1.shtml')).not.toBe(article);
    expect(addressPattern('https://finance.sina.com.cn/stock/2021-11-23/doc-ikyam1.shtml')).not.toBe(article);
    expect(addressPattern('https://finance.sina.com.cn/china/')).toBe('finance.sina.com.cn/china/');
  });

  it('is null for what is not an http(s) address', () => {
    expect(addressPattern('javascript:alert(1)')).toBeNull();
  });
});

// The core's side of the reader's corrections: 仍然净化 makes detect take a page it refused (with the
// page's main text block as its body), and 这是公文 / 这不是公文 force the document view on or off.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { detect } from '../../src/core/describe';
import { fallbackBody, mainTextBlock } from '../../src/core/detect-fallback';
import { parseDocument } from '../../src/core/parse/document';
import type { Block } from '../../src/core/types';
import { page } from '../helpers/html';

const SENTENCE = '<p>财经头条作者今日撰文称，多家银行下调了存款利率，储户应当关注期限结构的变化。</p>';

/** A 财经头条 page of a layout no selector knows, without the metadata that would let the fallback try. */
const unknownLayout = page(`<html><head><title>存款利率又降了_新浪财经</title></head><body>
  <div class="nav"><a href="/">首页</a></div>
  <div class="feed-text">${SENTENCE}</div>
  <div class="post-main">${SENTENCE}${SENTENCE}</div></body></html>`);
const URL_CJ = 'https://cj.sina.com.cn/articles/view/7857201856/1d45362c0019';

describe('仍然净化 in detect', () => {
  it('is needed: without it the page is not an article', () => {
    expect(detect(unknownLayout, URL_CJ, mainTextBlock).page.kind).toBe('not-article');
  });

  it('takes the page, with the main text block as its body', () => {
    const { page: info, body } = detect(unknownLayout, URL_CJ, mainTextBlock, true);
    expect(info.kind).toBe('article');
    expect(info.title).toBe('存款利率又降了');
    expect(body?.className).toBe('post-main');
  });

  it('takes a home or data page too, but never a host that is not Sina', () => {
    expect(detect(unknownLayout, 'https://finance.sina.com.cn/', mainTextBlock, true).page.kind).toBe(
      'article',
    );
    expect(detect(unknownLayout, 'https://example.com/a', mainTextBlock, true).page.kind).toBe('not-article');
  });
});

describe('mainTextBlock', () => {
  it('chooses where the fallback refuses: text spread over blocks, less than an article', () => {
    expect(fallbackBody(unknownLayout)).toBeNull();
    expect(mainTextBlock(unknownLayout)?.className).toBe('post-main');
  });

  it('is null on a page without a sentence', () => {
    expect(mainTextBlock(page('<body><ul><li><a href="/a">新闻</a></li></ul></body>'))).toBeNull();
  });
});

const blocks = (texts: string[]): Block[] => texts.map((text) => ({ text, align: null }));

/** News about a document: one signal (the 发文字号) of the two a document as issued needs. */
const NEWS = blocks([
  '记者从商务部获悉，国务院近日批复了有关规划（国函〔2021〕112号），要求各地认真组织实施。',
  '业内人士认为，规划将推动外贸高质量发展。',
]);

describe('这是公文 / 这不是公文 in the parser', () => {
  it('parses news as a document where forced, with the fields that can be found', () => {
    expect(parseDocument(NEWS, '国务院批复外贸规划')).toBeNull();
    const forced = parseDocument(NEWS, '国务院批复外贸规划', true);
    // The number stands inside a sentence: a cited document, not this one's 发文字号; no title, no date.
    expect(forced?.cites.map((cite) => cite.text)).toEqual(['国函〔2021〕112号']);
    expect(forced?.number).toBeNull();
    expect(forced?.date).toBeNull();
  });

  it('analyse shows no document where it is forced off, and one where it is forced on', () => {
    const doc = page(`<body><div id="artibody">${NEWS.map((b) => `<p>${b.text}</p>`).join('')}</div></body>`);
    const body = doc.getElementById('artibody') as Element;
    const info = {
      kind: 'article' as const,
      title: '国务院批复外贸规划',
      publishedAt: null,
      source: null,
      url: null,
    };
    expect(analyse(info, body, []).document).toBeNull();
    expect(analyse(info, body, [], undefined, 'on').document?.cites).toHaveLength(1);
    const issued = page(
      '<body><div id="artibody"><p>国务院关于同意设立某试验区的批复</p><p>国函〔2021〕7号</p><p>某省人民政府：</p><p>同意设立。</p><p>国务院</p><p>2021年1月5日</p></div></body>',
    );
    const issuedBody = issued.getElementById('artibody') as Element;
    expect(analyse(info, issuedBody, []).document).not.toBeNull();
    expect(analyse(info, issuedBody, [], undefined, 'off').document).toBeNull();
  });
});

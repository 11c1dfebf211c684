// The fallback for layouts nobody has listed: article metadata AND one dominant block of sentences.
// Our family fixtures, disguised (every class and id renamed), are still found with the same body;
// pages with only one of the two are not articles; pages the selectors know never reach it.
import { describe, expect, it, vi } from 'vitest';
import { detect } from '../../src/core/describe';
import { needsFallback } from '../../src/core/detect';
import { fallbackBody } from '../../src/core/detect-fallback';
import { collapseSpace, textOf } from '../../src/core/text';
import { disguise } from '../helpers/disguise';
import { familyPage } from '../helpers/fixtures';
import { page } from '../helpers/html';

const fixture = (name: string) => page(familyPage(name));
const bodyText = (doc: Document) => {
  const { body } = detect(doc, null, fallbackBody);
  return body ? collapseSpace(textOf(body)) : null;
};

const sentences = (n: number, words: string) =>
  Array.from({ length: n }, (_, i) => `<p>第${i + 1}段：${words}，这是一句完整的话。</p>`).join('');

const head = (metas: string) => `<!DOCTYPE html><html><head><title>标题_新浪网</title>${metas}</head><body>`;
const ARTICLE_METAS =
  '<meta property="og:type" content="news"><meta property="article:published_time" content="2024-01-02T10:00:00+08:00">';

describe('disguised family fixtures', () => {
  it.each([
    'kandian-pc.html',
    'caijing-toutiao-pc.html',
    'news-sina-cn-folded.html',
    'ent-sina-cn.html',
    'sports-pc.html',
  ])('%s is still an article, with the same body text', (file) => {
    const known = bodyText(fixture(file));
    const doc = fixture(file);
    disguise(doc);
    expect(detect(doc, null, fallbackBody).page.kind).toBe('article');
    expect(bodyText(doc)).toBe(known);
  });

  it('a disguised page without article metadata is not an article (kandian-mobile says nothing of itself)', () => {
    const doc = fixture('kandian-mobile.html');
    expect(detect(doc, null, fallbackBody).page.kind).toBe('article');
    disguise(doc);
    expect(detect(doc, null, fallbackBody).page.kind).toBe('not-article');
  });
});

describe('both conditions are needed', () => {
  const oneBlock = `<div class="x">${sentences(6, '城市更新计划今年覆盖十二个老旧小区')}</div>`;

  it('metadata and one dominant block: an article whose body is that block', () => {
    const doc = page(`${head(ARTICLE_METAS)}<div class="nav"><p>首页</p></div>${oneBlock}</body></html>`);
    const { page: info, body } = detect(doc, null, fallbackBody);
    expect(info.kind).toBe('article');
    expect(body?.className).toBe('x');
  });

  it('the block without article metadata: not an article', () => {
    const doc = page(`${head('<meta property="og:type" content="website">')}${oneBlock}</body></html>`);
    expect(detect(doc, null, fallbackBody).page.kind).toBe('not-article');
  });

  it('the metadata with text spread over many equal blocks (a list): not an article', () => {
    const cards = Array.from(
      { length: 4 },
      (_, i) => `<div class="card">${sentences(2, `第${i + 1}条新闻的摘要写在这里`)}</div>`,
    ).join('');
    expect(detect(page(`${head(ARTICLE_METAS)}${cards}</body></html>`), null, fallbackBody).page.kind).toBe(
      'not-article',
    );
  });

  it('the metadata with too little text: not an article', () => {
    const doc = page(`${head(ARTICLE_METAS)}<div>${sentences(1, '一句话')}</div></body></html>`);
    expect(detect(doc, null, fallbackBody).page.kind).toBe('not-article');
  });

  it('counts sentences, not link lines and footers', () => {
    // The footer holds more characters than the article but no sentence: the article still dominates.
    const footer = `<div class="foot">${Array.from({ length: 12 }, () => '<p>新浪简介 | 广告服务 | 联系我们 | 招聘信息 | 网站律师</p>').join('')}</div>`;
    const doc = page(`${head(ARTICLE_METAS)}${oneBlock}${footer}</body></html>`);
    expect(detect(doc, null, fallbackBody).body?.className).toBe('x');
  });
});

describe('cost', () => {
  it('is never consulted where a known body container is found', () => {
    const find = vi.fn(fallbackBody);
    detect(fixture('kandian-pc.html'), null, find);
    expect(find).not.toHaveBeenCalled();
    const doc = fixture('kandian-pc.html');
    disguise(doc);
    detect(doc, null, find);
    expect(find).toHaveBeenCalledTimes(1);
  });

  it('is asked for (by the content script, which loads it lazily) only where it would decide', () => {
    expect(needsFallback(fixture('kandian-pc.html'))).toBe(false);
    const doc = fixture('kandian-pc.html');
    disguise(doc);
    expect(needsFallback(doc)).toBe(true);
    // Without it, a disguised page is not taken for an article.
    expect(detect(doc).page.kind).toBe('not-article');
    const list = page(`${head('')}<div><p>新浪首页。</p></div></body></html>`);
    expect(needsFallback(list)).toBe(false);
  });
});

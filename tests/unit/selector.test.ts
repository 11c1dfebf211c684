// Compiled selectors (src/core/selector.ts) match exactly the elements the DOM's own matcher does,
// in standards and quirks mode, and leave what they cannot express to the DOM.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { BODY_RULES } from '../../src/core/rules';
import { compileSelector, matchesCompiled } from '../../src/core/selector';

const BODY = `<div id="artibody">
  <p class="article-editor">责任编辑：某</p><p class="Article-Editor x">大小写</p><p class="article-editor-2">近似</p>
  <span id="stock_sh600519">贵州茅台</span><span id="Stock_x">大小写</span><span id="xstock_">近似</span>
  <a class="keyword" href="https://finance.sina.com.cn/realstock/company/sh600519/nc.shtml">茅台</a>
  <a class="keyword" href="https://finance.sina.com.cn/other">别处</a><a href="https://tousu.sina.com.cn/x">投诉</a>
  <div class="app-kaihu-qr"></div><div class="promo kaihu_box"></div><div class="KAIHU"></div>
  <ins class="sinaads" data-info="ad_123"></ins><div data-info="xad_"></div><div sax-type="proxy"></div>
  <div sax-type="proxy2"></div><p class="finance_web_notice">声明</p><div class="otherContent_01"></div>
  <div id="hqimg_1"></div><div class="hqimg_related ct_hqimg"></div><p>正文</p><p style="">空样式</p>
</div>`;

const SELECTORS = [...new Set(BODY_RULES.flatMap((rule) => rule.selectors ?? []))];

describe.each([
  ['standards mode', '<!DOCTYPE html>'],
  ['quirks mode', ''],
])('compiled selectors in %s', (_mode, doctype) => {
  // jsdom (the CLI's DOM) implements quirks mode, as Chromium does; happy-dom does not.
  const doc = parseHtml(`${doctype}<html><head></head><body>${BODY}</body></html>`).document;
  const quirks = doc.compatMode === 'BackCompat';
  it('is in that mode', () => expect(quirks).toBe(doctype === ''));
  const elements = Array.from(doc.querySelectorAll('#artibody *'));

  it.each(SELECTORS)('%s matches what the DOM matches', (selector) => {
    const test = compileSelector(selector);
    expect(test, `${selector} compiles`).not.toBeNull();
    const ours = elements
      .filter((el) => test !== null && matchesCompiled(test, el, quirks))
      .map((el) => el.outerHTML);
    const dom = elements.filter((el) => el.matches(selector)).map((el) => el.outerHTML);
    expect(ours).toEqual(dom);
  });
});

describe('selectors left to the DOM', () => {
  it.each(['div p', 'p > span', 'p:first-child', 'ins', '[align="center"]', '*', 'a[title="x" i]'])(
    '%s is not compiled',
    (selector) => {
      expect(compileSelector(selector)).toBeNull();
    },
  );
});

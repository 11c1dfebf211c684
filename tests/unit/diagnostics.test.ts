// 复制诊断信息: the text is built from data alone, says what a maintainer needs, and carries nothing
// private — no query string or fragment, no cookie, no page text beyond tag, id and class names.
import { describe, expect, it } from 'vitest';
import {
  browserName,
  type DiagnosticsData,
  describeElement,
  diagnosticsText,
  leftovers,
  pageFamily,
} from '../../src/core/diagnostics';
import { diagnosticsFields } from '../helpers/diagnostics-fields';
import { page } from '../helpers/html';

const DATA: DiagnosticsData = {
  url: 'https://finance.sina.com.cn/china/2021-11-23/doc-ikyamrmy4485125.shtml?uid=4711&token=s3cret#comment',
  extensionVersion: '0.1.0',
  userAgent:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
  detection: 'article',
  documentView: 'off',
  removed: [
    { rule: 'app-qr', count: 1 },
    { rule: 'editor-line', count: 2 },
  ],
  rulesOff: ['stock-widget'],
  userRules: ['finance.sina.com.cn##.ad-banner'],
  container: 'div#artibody.article',
  leftovers: ['div.img_wrapper', 'p.promo', 'div.img_wrapper', 'div#left_hzh_ad'],
};

describe('diagnosticsText', () => {
  const text = diagnosticsText(DATA);

  it('names the page, the build, the rules that fired and what is left', () => {
    expect(diagnosticsFields(text)).toEqual({
      address: 'https://finance.sina.com.cn/china/2021-11-23/doc-ikyamrmy4485125.shtml',
      'page family': 'PC (finance.sina.com.cn)',
      detected: 'article (known layout)',
      'document view': 'forced off (这不是公文)',
      extension: '0.1.0',
      browser: 'Chrome 156',
      'rules fired': 'app-qr ×1, editor-line ×2',
      'rules switched off': 'stock-widget',
      'user rules': 'finance.sina.com.cn##.ad-banner',
      'body container': 'div#artibody.article',
    });
    expect(text).toMatch(/\n {2}div\.img_wrapper ×2\n {2}p\.promo\n {2}div#left_hzh_ad\n$/);
  });

  it('drops the query string, the fragment and credentials of the address', () => {
    expect(text).not.toMatch(/uid|4711|token|s3cret|comment|\?|#comment/);
    const withCredentials = diagnosticsText({ ...DATA, url: 'https://user:pw@news.sina.cn/a.html?x=1' });
    expect(diagnosticsFields(withCredentials).address).toBe('https://news.sina.cn/a.html');
    expect(withCredentials).not.toMatch(/user:|pw@|x=1/);
  });

  it('says plainly where there is nothing: no rules, no user rules, no container', () => {
    const bare = diagnosticsText({
      ...DATA,
      detection: 'not-article',
      removed: [],
      rulesOff: [],
      userRules: [],
      container: null,
      leftovers: [],
    });
    expect(diagnosticsFields(bare)).toMatchObject({
      detected: 'not an article',
      'rules fired': 'none',
      'user rules': 'none',
      'body container': 'none found',
    });
    expect(bare).toMatch(/\n {2}\(none\)\n$/);
  });

  it('cuts a very long list of leftovers, saying how many more there were', () => {
    const many = Array.from({ length: 100 }, (_, i) => `div.c${i}`);
    const lines = diagnosticsText({ ...DATA, leftovers: many })
      .trimEnd()
      .split('\n');
    expect(lines.at(-1)).toBe('  … and 20 more');
  });
});

describe('pageFamily and browserName', () => {
  it.each([
    ['k.sina.com.cn', '新浪看点 (k.sina.com.cn)'],
    ['t.cj.sina.com.cn', '财经头条 (t.cj.sina.com.cn)'],
    ['finance.sina.cn', 'mobile (finance.sina.cn)'],
    ['news.sina.com.cn', 'PC (news.sina.com.cn)'],
    ['sina.com.cn.evil.example', 'not Sina (sina.com.cn.evil.example)'],
  ])('%s is %s', (host, family) => expect(pageFamily(host)).toBe(family));

  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0', 'Firefox 153'],
    ['Mozilla/5.0 (Android 14; Mobile; rv:140.0) Gecko/140.0 Firefox/140.0', 'Firefox 140 (mobile)'],
    [
      'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/141.0.0.0 Safari/537.36 Edg/141.0.0.0',
      'Edge 141',
    ],
    [DATA.userAgent, 'Chrome 156'],
    ['curl/8.0', 'unknown'],
  ])('%s is %s', (agent, name) => expect(browserName(agent)).toBe(name));
});

describe('describeElement', () => {
  it('names tag, id and classes, and leaves out names that could carry text', () => {
    const doc = page(
      '<div id="artibody" class="article  x-1">a</div><p class="点击 查看" id="这是正文">b</p>',
    );
    const [div, p] = Array.from(doc.querySelectorAll('div, p'));
    expect(div && describeElement(div)).toBe('div#artibody.article.x-1');
    expect(p && describeElement(p)).toBe('p');
  });
});

describe('leftovers', () => {
  const doc = page(`<body><div class="top-ad">x</div><h1 class="main-title">标题</h1>
    <div class="date-source"><span class="date">2021年</span></div>
    <div id="artibody" class="article"><p>正文第一段。</p><div class="appendQr_wrap"><img class="qr"></div>
    <p class="hidden-promo">推广</p><p>正文。</p></div><div class="footer">f</div></body>`);
  const body = doc.querySelector('#artibody') as Element;

  it('lists the elements with an id or class from the headline to the end of the body, in order', () => {
    expect(leftovers(body)).toEqual([
      'h1.main-title',
      'div.date-source',
      'span.date',
      'div#artibody.article',
      'div.appendQr_wrap',
      'img.qr',
      'p.hidden-promo',
    ]);
  });

  it('leaves out what does not show, with everything inside it', () => {
    const shows = (el: Element) => !el.matches('.appendQr_wrap, .hidden-promo');
    expect(leftovers(body, shows)).toEqual([
      'h1.main-title',
      'div.date-source',
      'span.date',
      'div#artibody.article',
    ]);
  });

  it('starts at the body where there is no headline before it', () => {
    const noTitle = page('<div id="zoom"><p class="a">x</p></div><h1 class="late">t</h1>');
    expect(leftovers(noTitle.querySelector('#zoom') as Element)).toEqual(['div#zoom', 'p.a']);
  });
});

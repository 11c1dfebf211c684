import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../src/core/dates/page';
import { detect, stripTitleSuffix } from '../../src/core/describe';
import { BODY_SELECTORS, identify, pageUrl, TITLE_SELECTORS } from '../../src/core/detect';
import { run } from '../../src/core/pipeline';
import { page } from '../helpers/html';

const para =
  '<p>　　新京报快讯，今日有网友爆料称，有大量账号数据在暗网低价出售，铁路部门随即回应称消息不实。</p>';

const financePc = `<!DOCTYPE html><html><head>
<title>中铁总辟谣称消息不实_新浪财经_新浪网</title>
<meta property="og:url" content="https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml">
<meta name="weibo: article:create_at" content="2018-12-28 19:55:10">
<meta property="article:author" content="新京报">
</head><body><h1 class="main-title">中铁总辟谣称消息不实</h1>
<div class="date-source"><span class="date">2018年12月28日 19:55</span><a class="source">新京报网</a></div>
<div class="article" id="artibody">${para}${para}</div></body></html>`;

describe('detect', () => {
  it('reads a finance PC article: title from h1, date from metadata, source from article:author', () => {
    const { page: info, body } = detect(page(financePc));
    expect(info).toEqual({
      kind: 'article',
      title: '中铁总辟谣称消息不实',
      publishedAt: '2018-12-28T19:55:10+08:00',
      source: '新京报',
      url: 'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml',
    });
    expect(body?.id).toBe('artibody');
  });

  it('reads a news PC article whose first h1 is the channel logo, with the date from the date line', () => {
    const doc =
      page(`<html><head><meta property="og:url" content="https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml"></head>
      <body><h1 class="channel-logo">新闻中心</h1><h1 class="main-title">城市有轨电车之困</h1>
      <div class="date-source"><span class="date">2024年05月10日 00:26</span><a class="source">每日经济新闻</a></div>
      <div class="article" id="article">${para}</div></body></html>`);
    const { page: info } = detect(doc);
    expect(info.kind).toBe('article');
    expect(info.title).toBe('城市有轨电车之困');
    expect(info.publishedAt).toBe('2024-05-10T00:26:00+08:00');
    expect(info.source).toBe('每日经济新闻');
  });

  it('reads a mobile sina.cn article', () => {
    const doc =
      page(`<html><head><meta property="og:url" content="https://finance.sina.cn/sa/2005-08-26/detail-ikknscsi2623250.d.html">
      <meta property="article:published_time" content="2005-08-26 05:39:00"></head>
      <body><h1 class="art_tit_h1">创业环保提示性公告</h1><section class="art_pic_card art_content">${para}</section></body></html>`);
    const { page: info, body } = detect(doc);
    expect(info.kind).toBe('article');
    expect(info.publishedAt).toBe('2005-08-26T05:39:00+08:00');
    expect(body?.tagName).toBe('SECTION');
  });

  it('says not-article for the home page, search and quote hosts, and pages without a body', () => {
    const home = page(
      `<html><head><title>新浪首页</title></head><body><h1>新浪</h1><ul><li><a href="#">新闻</a></li></ul></body></html>`,
    );
    expect(detect(home).page.kind).toBe('not-article');
    // identify names no page; describe names one that is not an article by its window title alone.
    expect(identify(home).page.title).toBeNull();
    expect(detect(home).page.title).toBe('新浪首页');
    expect(run(home).result.page.title).toBe('新浪首页');
    const channel = page(
      '<html><head><title>新闻中心首页_新浪网</title><meta property="og:title" content="元数据"></head><body></body></html>',
    );
    expect(detect(channel).page.title).toBe('新闻中心首页');
    expect(
      detect(page('<html><head><title>_新浪网</title></head><body></body></html>')).page.title,
    ).toBeNull();
    expect(detect(page(financePc), 'https://search.sina.com.cn/?q=12306').page.kind).toBe('not-article');
    expect(
      detect(page(financePc), 'https://vip.stock.finance.sina.com.cn/corp/go.php/x.phtml').page.kind,
    ).toBe('not-article');
    expect(detect(page(financePc), 'https://example.com/doc-abc.shtml').page.kind).toBe('not-article');
    expect(detect(page('')).page.kind).toBe('not-article');
  });

  it('does not take a list of links inside a body container for an article', () => {
    const links = '<p><a href="/a">一条新闻的标题在这里很长很长</a></p>'.repeat(20);
    const doc = page(
      `<html><body><h1 class="main-title">频道</h1><div id="article">${links}</div></body></html>`,
    );
    expect(detect(doc).page.kind).toBe('not-article');
  });

  it('looks ids up as the selectors name them: an id on another tag is not the headline that `h1#…` names', () => {
    // No doctype: a quirks-mode page, as most saved Sina pages are.
    const doc =
      page(`<html><head><meta property="og:url" content="https://news.sina.com.cn/c/2019-10-23/doc-iicezuev4202091.shtml"></head>
      <body><span id="artibodyTitle">栏目</span><h1 class="art_tit_h1">标题</h1>
      <div id="artibody"></div><div id="article">${para}${para}</div></body></html>`);
    const { page: info, body } = detect(doc);
    expect(info.title).toBe('标题');
    expect(body?.id).toBe('article');
  });

  it('names ids only alone where a selector starts with one (those are looked up, not queried)', () => {
    const byId = [...TITLE_SELECTORS, ...BODY_SELECTORS].filter((selector) => selector.startsWith('#'));
    expect(byId.length).toBeGreaterThan(0);
    for (const selector of byId) expect(selector).toMatch(/^#[\w-]+$/);
  });

  it('takes the URL given by the caller over the page metadata', () => {
    expect(detect(page(financePc), 'https://finance.sina.com.cn/x/doc-a.shtml').page.url).toBe(
      'https://finance.sina.com.cn/x/doc-a.shtml',
    );
  });

  it('reads the host of the address as the URL parser would: any case, with a port, never a look-alike', () => {
    const kind = (url: string) => identify(page(financePc), url).page.kind;
    expect(kind('HTTPS://FINANCE.SINA.COM.CN/roll/2018-12-28/doc-ihqfskcn2160999.shtml')).toBe('article');
    expect(kind('https://finance.sina.com.cn:443/roll/2018-12-28/doc-ihqfskcn2160999.shtml')).toBe('article');
    expect(kind('https://WWW.Sina.com.cn/')).toBe('not-article');
    expect(kind('https://finance.sina.com.cn.example.com/roll/doc-ihqfskcn2160999.shtml')).toBe(
      'not-article',
    );
    expect(kind('http://example.com?u=https://finance.sina.com.cn/doc-a.shtml')).toBe('not-article');
  });

  it('reads the canonical link in the head, where HTML puts it, and not one in the body', () => {
    const at = (head: string, body = '') =>
      pageUrl(page(`<html><head>${head}</head><body>${body}<div id="artibody">${para}</div></body></html>`));
    const link = '<link rel="canonical" href=" https://news.sina.com.cn/c/doc-a.shtml ">';
    expect(at(link)).toBe('https://news.sina.com.cn/c/doc-a.shtml');
    expect(at('', `<p>${link}</p>`)).toBeNull();
    expect(at('<meta property="og:url" content="https://news.sina.com.cn/c/doc-b.shtml">', link)).toBe(
      'https://news.sina.com.cn/c/doc-b.shtml',
    );
  });

  it('decides a page that gives its address, body and headline without reading its metadata', () => {
    const doc = page(financePc);
    const metaQueries = () => {
      let count = 0;
      for (const root of [doc, doc.head] as ParentNode[]) {
        const query = root.querySelectorAll.bind(root);
        root.querySelectorAll = ((selector: string) => {
          if (selector.includes('meta')) count++;
          return query(selector);
        }) as ParentNode['querySelectorAll'];
      }
      return () => count;
    };
    const read = metaQueries();
    const { page: found } = identify(
      doc,
      'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml',
    );
    expect(found).toMatchObject({ kind: 'article', title: '中铁总辟谣称消息不实' });
    expect(read()).toBe(0);
    // Without a headline identify leaves the title to describe, which reads it from og:title.
    const bare = page(
      financePc
        .replace(/<h1[^>]*>.*?<\/h1>/, '')
        .replace('<head>', '<head><meta property="og:title" content="元数据里的标题">'),
    );
    const address = 'https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml';
    expect(identify(bare, address).page.title).toBeNull();
    expect(detect(bare, address).page.title).toBe('元数据里的标题');
  });

  it('recognises GBK-era pages by their table layout and publishing stamp', () => {
    const long = `<p>　　${'人生如戏，一夜之间可以让一个穷光蛋成为百万富翁。'.repeat(15)}</p>`;
    const doc = page(`<!--[111,3,244339] published at 2005-03-21 11:21:30 from #013 by 435--><html><head>
      <title>一夜暴富后如何经营__商贸_产业资讯_新浪网</title></head><body><table><tr><th class=f24>一夜暴富后如何经营</th></tr>
      <tr><td class=l17>${long}</td></tr></table></body></html>`);
    const { page: info } = detect(doc);
    expect(info.kind).toBe('article');
    expect(info.title).toBe('一夜暴富后如何经营');
    expect(info.publishedAt).toBe('2005-03-21T11:21:30+08:00');
  });
});

describe('stripTitleSuffix', () => {
  it('drops the site suffixes Sina appends', () => {
    expect(stripTitleSuffix('国务院批复_十四五_对外贸易高质量发展规划_新浪财经_新浪网')).toBe(
      '国务院批复_十四五_对外贸易高质量发展规划',
    );
    expect(stripTitleSuffix('城市有轨电车之困|新浪新闻')).toBe('城市有轨电车之困');
    expect(stripTitleSuffix('一夜暴富__商贸_产业资讯_新浪网')).toBe('一夜暴富');
    expect(stripTitleSuffix('孙杨痛哭_国内新闻_新闻中心_新浪网')).toBe('孙杨痛哭');
    expect(stripTitleSuffix('没有后缀的标题')).toBe('没有后缀的标题');
    expect(stripTitleSuffix('财经_新闻标题')).toBe('财经_新闻标题');
  });
});

describe('toIsoDate', () => {
  it('normalises the date forms Sina prints to +08:00', () => {
    expect(toIsoDate('2021-11-23T15:17:32+08:00')).toBe('2021-11-23T15:17:32+08:00');
    expect(toIsoDate('2021-11-23 15:17:32')).toBe('2021-11-23T15:17:32+08:00');
    expect(toIsoDate('2021年11月23日 15:17')).toBe('2021-11-23T15:17:00+08:00');
    expect(toIsoDate('2016年05月25日10:10 新浪财经')).toBe('2016-05-25T10:10:00+08:00');
    expect(toIsoDate('2019-09-11T01:53:41+0800')).toBe('2019-09-11T01:53:41+08:00');
  });
  it('gives null where there is no date or an impossible one', () => {
    expect(toIsoDate('昨天')).toBeNull();
    expect(toIsoDate('2021年13月02日')).toBeNull();
  });
});

// Every family of Sina article pages, PC and mobile, detected and described: title, date, source and
// the body container. The fixtures are small pages of our own in tests/unit/families/, each saying at
// its top where its structure was seen.
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/core/describe';
import { fallbackBody } from '../../src/core/detect-fallback';
import { collapseSpace, textOf } from '../../src/core/text';
import { familyPage } from '../helpers/fixtures';
import { page } from '../helpers/html';

const fixture = (name: string) => page(familyPage(name));

interface Family {
  file: string;
  title: string;
  publishedAt: string | null;
  source: string;
  /** A selector for the element the body must be. */
  body: string;
  /** Words of the article's first and last paragraphs: the body holds all of it. */
  first: string;
  last: string;
}

const CASES: Family[] = [
  {
    file: 'kandian-pc.html',
    title: '小城夜市重新开张，摊主们忙着备货',
    publishedAt: '2019-06-14T20:05:11+08:00',
    source: '城市晚报',
    body: '#artibody',
    first: '夜市入口处的灯笼亮起时',
    last: '一晚上能玩好几回',
  },
  {
    file: 'kandian-mobile.html',
    title: '老厂房改成了图书馆',
    // The page prints its date without a year (09月28日07:56) and carries no date metadata.
    publishedAt: null,
    source: '城南周刊',
    body: 'article.art_box',
    first: '城南那座停用多年的纺织厂房',
    last: '找回了当年上班的感觉',
  },
  {
    file: 'caijing-toutiao-pc.html',
    title: '三家银行下调存款利率 幅度在10到20个基点之间',
    publishedAt: '2023-06-08T09:12:00+08:00',
    source: '金融观察',
    body: '.cj-text',
    first: '三家全国性银行陆续在官网更新',
    last: '做好搭配',
  },
  {
    file: 'news-sina-cn-folded.html',
    title: '暴雨过后，社区志愿者连夜清淤',
    publishedAt: '2023-07-31T22:40:00+08:00',
    source: '江城日报',
    body: 'section.art_content',
    first: '两百多名志愿者带着铁锹和水桶',
    last: '车辆尽量停在地面停车场',
  },
  {
    file: 'ent-sina-cn.html',
    title: '话剧《灯下》巡演首站开票',
    publishedAt: '2022-03-02T10:15:00+08:00',
    source: '舞台周刊',
    body: 'section.art_content',
    first: '原创话剧《灯下》今天公布了全国巡演计划',
    last: '凭身份证入场',
  },
  {
    file: 'sports-pc.html',
    title: '业余联赛决赛落幕 社区队首次夺冠',
    publishedAt: '2021-10-17T21:30:00+08:00',
    source: '体坛快讯',
    body: '#artibody',
    first: '城市业余足球联赛决赛在体育中心打响',
    last: '明年将增设青少年组别',
  },
];

describe('every family is detected and described', () => {
  it.each(CASES)('$file', (family) => {
    const doc = fixture(family.file);
    const { page: info, body } = detect(doc, null, fallbackBody);
    expect(info.kind).toBe('article');
    expect(info.title).toBe(family.title);
    expect(info.publishedAt).toBe(family.publishedAt);
    expect(info.source).toBe(family.source);
    expect(body).toBe(doc.querySelector(family.body));
    const text = collapseSpace(textOf(body as Element));
    expect(text).toContain(family.first);
    expect(text).toContain(family.last);
  });
});

describe('family addresses', () => {
  const kandian = () => fixture('kandian-mobile.html');

  it('takes a short 看点 page for an article by its article_UID_ID.html address', () => {
    // One short paragraph: too little text to be an article on its own, but the address says it is.
    const doc = kandian();
    for (const p of Array.from(doc.querySelectorAll('p.art_p')).slice(1)) p.remove();
    doc.querySelector('h1')?.remove();
    expect(
      detect(doc, 'https://k.sina.cn/article_2120000001_7e5cb0e1001001abc.html', fallbackBody).page.kind,
    ).toBe('article');
    // Near miss: the same page at an address that says nothing (a 看点 channel list).
    expect(detect(doc, 'https://k.sina.cn/index.d.html', fallbackBody).page.kind).toBe('not-article');
  });

  it('takes a 财经头条 address with its tracking query, on both hosts', () => {
    const doc = kandian();
    for (const p of Array.from(doc.querySelectorAll('p.art_p')).slice(1)) p.remove();
    doc.querySelector('h1')?.remove();
    for (const url of [
      'https://t.cj.sina.com.cn/articles/view/6463425165/181400a8d0010069cx?cre=tianyi&mod=pcpager_fintoutiao',
      'https://cj.sina.com.cn/articles/view/7879922977/1d5ae152101901ccke',
    ])
      expect(detect(doc, url, fallbackBody).page.kind).toBe('article');
    expect(detect(doc, 'https://cj.sina.com.cn/articles/list/6463425165', fallbackBody).page.kind).toBe(
      'not-article',
    );
  });

  it('reads a detail page on the bare sina.cn host, but not the sina.cn home', () => {
    const doc = fixture('news-sina-cn-folded.html');
    expect(
      detect(doc, 'https://sina.cn/news/2023-07-31/detail-imzfqrst1234567.d.html', fallbackBody).page.kind,
    ).toBe('article');
    expect(detect(doc, 'https://sina.cn/?vt=4', fallbackBody).page.kind).toBe('not-article');
  });
});

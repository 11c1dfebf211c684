// Is this a Sina article page, and what does it say about itself? Reads the head's metadata and a
// few landmarks of each page family (see shared/notes/sina-pages.md); never walks the whole page.
import { collapse, following, textOf } from './text';
import type { Detection, PageInfo } from './types';

/** Headline elements, most specific first: one entry per page family. */
const TITLE_SELECTORS = [
  'h1.main-title', // finance / news / tech PC, 2017–
  'h1#artibodyTitle', // older finance and news PC, tech 2019
  'h1.art_tit_h1', // mobile *.sina.cn
  '#artibodyTitle', // older PC where the id sits on another element
  '.article-header h1',
  'th.f24', // GBK era (2004–2005): the headline is a table header
] as const;

/** Body containers: where the article's own paragraphs stand. */
const BODY_SELECTORS = [
  '#artibody', // finance PC, tech, older PC
  '#article', // news PC 2019–2024
  '.article-content-left .article',
  'section.art_content', // mobile
  '.art_content',
  '.article_body',
  '#articleContent',
  '#zoom', // GBK-era book and news pages
  'td.l17', // GBK-era channel pages: the body is a table cell
] as const;

/** Date lines that the page shows under the headline. */
const DATE_SELECTORS = [
  '.date-source .date',
  'span.date',
  '#pub_date',
  '.time-source',
  '.art_time',
  '.weibo_time',
];

/** Source (来源) shown in the date line. */
const SOURCE_SELECTORS = ['.date-source .source', 'a.source', 'span.source', '#media_name', '.weibo_user'];

/** Hosts that are Sina but never articles: home, search, quotes and data. */
const NON_ARTICLE_HOSTS =
  /^(?:www\.)?sina\.(?:com\.)?cn$|^(?:search|vip\.stock\.finance|money\.finance|quotes)\.sina\.com\.cn$/;

/** Sina's own hosts, PC and mobile. */
const SINA_HOST = /(?:^|\.)sina\.(?:com\.)?cn$/;

/** One trailing segment naming Sina itself: `_新浪网`, `_新浪财经`, `|新浪新闻`, `_手机新浪网`. */
const SINA_SEGMENT = /\s*[_|｜]\s*(?:手机)?新浪[^_|｜]{0,6}\s*$/;
/** A channel segment that stands before the Sina ones: `_国内新闻`, `_新闻中心`, `_产业资讯`. */
const CHANNEL_SEGMENT = /\s*[_|｜]\s*[^_|｜]{1,8}(?:新闻|中心|频道|资讯|财经|科技|体育|娱乐)\s*$/;

/** The page's <meta> values by property or name, read in ONE query (first occurrence wins). */
type Metas = ReadonlyMap<string, string>;

function readMetas(doc: Document): Metas {
  const metas = new Map<string, string>();
  // Metas stand in the head; a query of the whole document for each key that is absent would walk
  // every element of the page again and again.
  const scope = doc.head?.querySelector('meta[content]') ? doc.head : doc;
  for (const el of Array.from(scope.querySelectorAll('meta[content]'))) {
    const key = el.getAttribute('property') ?? el.getAttribute('name');
    const value = collapse(el.getAttribute('content') ?? '');
    if (key && value && !metas.has(key)) metas.set(key, value);
  }
  return metas;
}

/** The text of the first element that matches one of `selectors`, tried in priority order. */
function firstText(root: ParentNode, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    const text = el ? collapse(textOf(el)) : '';
    if (text) return text;
  }
  return null;
}

/** The text of the first non-empty element, in document order, that matches any of `selectors`: one query. */
function anyText(root: ParentNode, selectors: readonly string[]): string | null {
  const joined = selectors.join(',');
  // The first match nearly always has text: a query that stops there, instead of one that lists the
  // matches of the whole page.
  const first = root.querySelector(joined);
  if (!first) return null;
  const text = collapse(textOf(first));
  if (text) return text;
  for (const el of Array.from(root.querySelectorAll(joined))) {
    const text = collapse(textOf(el));
    if (text) return text;
  }
  return null;
}

/** The page's own address: og:url, then the canonical link. */
export function pageUrl(doc: Document, metas: Metas = readMetas(doc)): string | null {
  const og = metas.get('og:url');
  if (og) return og;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return canonical ? canonical.trim() || null : null;
}

/** Strip Sina's site suffix from a document title. */
export function stripTitleSuffix(raw: string): string {
  // Private-use characters are GBK bytes that no Unicode character stands for: noise, not title.
  const text = collapse(raw.replace(/[\ue000-\uf8ff]/g, ''));
  // GBK-era titles put the channel path after a double underscore: `标题__商贸_产业资讯_新浪网`.
  const double = text.indexOf('__');
  let title = double > 0 ? text.slice(0, double) : text;
  if (!SINA_SEGMENT.test(title)) return title;
  while (SINA_SEGMENT.test(title)) title = title.replace(SINA_SEGMENT, '');
  while (CHANNEL_SEGMENT.test(title)) title = title.replace(CHANNEL_SEGMENT, '');
  return title.trim();
}

const pad = (n: string) => n.padStart(2, '0');

/**
 * Turn the date forms Sina prints into ISO 8601 with +08:00: `2021-11-23T15:17:32+08:00`,
 * `2021-11-23 15:17:32`, `2021年11月23日 15:17`, `2016年05月25日10:10`. Null where none is found.
 */
export function toIsoDate(value: string): string | null {
  const m =
    /(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})\s*日?(?:\s*T?\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?/.exec(
      value,
    );
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (!y || !mo || !d) return null;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined) return `${date}T00:00:00+08:00`;
  const time = `${pad(h)}:${mi}:${s ?? '00'}`;
  const offset =
    zone && zone !== 'Z' ? (zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`) : '+08:00';
  return `${date}T${time}${offset}`;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url, 'https://sina.com.cn/').hostname;
  } catch {
    return null;
  }
}

/** Sina's article URLs: doc-i….shtml (PC), detail-i….d.html (mobile), /YYYY-MM-DD/NNNN.shtml (old). */
const ARTICLE_PATH =
  /\/(?:doc-[a-z0-9-]+\.shtml|detail-[a-z0-9]+\.d\.html|\d{4}-\d{2}-\d{2}\/[\w-]+\.s?html)(?:$|[?#])/i;

function findBody(doc: Document): Element | null {
  for (const selector of BODY_SELECTORS) {
    const el = doc.querySelector(selector);
    if (el?.querySelector('p')) return el;
  }
  return null;
}

/** Paragraph text in the body, counted up to `cap`: real paragraphs, not a list of links. */
function articleText(body: Element, cap: number): number {
  let chars = 0;
  // A plain walk that stops at `cap`: no static list of every <p>, and no live collection (which
  // some DOMs keep registered on the document for as long as the document lives).
  for (let at = following(body, body); at; ) {
    const isP = at.nodeType === 1 && (at as Element).tagName.toUpperCase() === 'P';
    if (isP) {
      // The DOM's own textContent: one native call per paragraph (see clean.ts).
      const text = collapse(at.textContent ?? '');
      if (text.length >= 8 && !(at as Element).querySelector('a[href]:only-child')) chars += text.length;
      if (chars >= cap) break;
    }
    at = following(at, body, isP);
  }
  return chars;
}

/** Enough body text to count as an article on its own, where neither a headline nor the URL says so (GBK era). */
const SUBSTANTIAL = 300;

function notArticle(doc: Document, url: string | null): Detection {
  const raw = doc.title ? stripTitleSuffix(doc.title) : '';
  return {
    page: { kind: 'not-article', title: raw || null, publishedAt: null, source: null, url },
    body: null,
  };
}

/**
 * Detect a Sina article page. `url` is the page's address where the caller knows it (the live page,
 * or the CLI's --url); otherwise the page's own og:url / canonical link is used.
 */
export function detect(doc: Document, url: string | null = null): Detection {
  const metas = readMetas(doc);
  const address = url ?? pageUrl(doc, metas);
  const host = hostOf(address);
  if (host && (NON_ARTICLE_HOSTS.test(host) || !SINA_HOST.test(host))) return notArticle(doc, address);

  const body = findBody(doc);
  const heading = firstText(doc, TITLE_SELECTORS);
  const pathSaysArticle = address ? ARTICLE_PATH.test(address) : false;
  const chars = body ? articleText(body, SUBSTANTIAL) : 0;
  const article = chars >= SUBSTANTIAL || (chars >= 40 && (heading !== null || pathSaysArticle));
  if (!body || !article) return notArticle(doc, address);

  const title = heading ?? metas.get('og:title') ?? (doc.title ? stripTitleSuffix(doc.title) : null);
  const page: PageInfo = {
    kind: 'article',
    title: title || null,
    publishedAt: publishedAt(doc, metas),
    source: metas.get('article:author') ?? anyText(doc, SOURCE_SELECTORS) ?? metas.get('mediaid') ?? null,
    url: address,
  };
  return { page, body };
}

function publishedAt(doc: Document, metas: Metas): string | null {
  for (const key of ['article:published_time', 'weibo: article:create_at', 'article:create_at']) {
    const value = metas.get(key);
    const iso = value ? toIsoDate(value) : null;
    if (iso) return iso;
  }
  const line = anyText(doc, DATE_SELECTORS);
  return (line ? toIsoDate(line) : null) ?? publishedComment(doc);
}

/** Sina's publishing system stamps pages with `<!-- [ published at 2016-05-25 10:10:20 ] -->`. */
const PUBLISHED_COMMENT = /published at (\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})/;

/** The stamp stands among the first nodes of the document (before or just inside <html>). */
function publishedComment(doc: Document): string | null {
  const near = [
    ...Array.from(doc.childNodes),
    ...Array.from(doc.documentElement?.childNodes ?? []).slice(0, 8),
  ];
  for (const node of near) {
    const m = node.nodeType === 8 ? PUBLISHED_COMMENT.exec(node.nodeValue ?? '') : null;
    if (m?.[1]) return toIsoDate(m[1]);
  }
  return null;
}

// Is this a Sina article page, and where is its body? Reads the head's metadata and a few landmarks
// of each page family (see shared/notes/sina-pages.md); never walks the whole page.
import { collapseSpace, following, textOf } from './text';
import type { Detection, PageInfo } from './types';

/** The page's <meta> values by property or name, read in ONE query (first occurrence wins). */
export type Metas = ReadonlyMap<string, string>;

/** A way to find the body of a layout no selector knows (src/core/detect-fallback.ts). */
export type FindBody = (doc: Document) => Element | null;

/** `og:type` values Sina gives its articles (`news`, on every saved article page) and the standard one. */
const ARTICLE_TYPES = new Set(['article', 'news']);

/** Metadata keys that only an article carries: its publication time. */
const PUBLISHED_KEYS = ['article:published_time', 'weibo: article:create_at', 'article:create_at'];

/** An article type, or a publication time: what a page's metadata says only of an article. */
function metadataSaysArticle(metas: Metas): boolean {
  const type = metas.get('og:type')?.toLowerCase();
  return (type !== undefined && ARTICLE_TYPES.has(type)) || PUBLISHED_KEYS.some((key) => metas.has(key));
}

/** Headline elements, most specific first: one entry per page family. */
export const TITLE_SELECTORS = [
  'h1.main-title', // finance / news / tech PC, 2017–
  'h1#artibodyTitle', // older finance and news PC, tech 2019
  'h1.art_tit_h1', // mobile *.sina.cn
  '#artibodyTitle', // older PC where the id sits on another element
  '.article-header h1',
  'th.f24', // GBK era (2004–2005): the headline is a table header
] as const;

/** Body containers: where the article's own paragraphs stand. */
export const BODY_SELECTORS = [
  '#artibody', // finance PC, tech, older PC
  '#article', // news PC 2019–2024
  '.article-content-left .article',
  'section.art_content', // mobile
  '.art_content',
  'article.art_box', // mobile 看点 (k.sina.cn, 2017): paragraphs stand in the article card itself
  '.article_body',
  '#articleContent',
  '#zoom', // GBK-era book and news pages
  'td.l17', // GBK-era channel pages: the body is a table cell
] as const;

/** Hosts that are Sina but never articles: home, search, quotes and data. */
const NON_ARTICLE_HOSTS =
  /^(?:www\.)?sina\.(?:com\.)?cn$|^(?:search|vip\.stock\.finance|money\.finance|quotes)\.sina\.com\.cn$/;

/** Sina's own hosts, PC and mobile. */
const SINA_HOST = /(?:^|\.)sina\.(?:com\.)?cn$/;

export function readMetas(doc: Document): Metas {
  const metas = new Map<string, string>();
  // Metas stand in the head; a query of the whole document for each key that is absent would walk
  // every element of the page again and again. One query of the head, the document only where the head has none.
  let found = doc.head?.querySelectorAll('meta[content]');
  if (!found?.length) found = doc.querySelectorAll('meta[content]');
  for (const el of found) {
    const key = el.getAttribute('property') ?? el.getAttribute('name');
    const value = collapseSpace(el.getAttribute('content') ?? '');
    if (key && value && !metas.has(key)) metas.set(key, value);
  }
  return metas;
}

/**
 * The first element of `doc` that `selector` finds. An id alone is looked up, not queried: a query
 * for an id walks the whole page where the id is absent, and always in quirks mode (most saved Sina pages).
 */
function find(doc: Document, selector: string): Element | null {
  return selector[0] === '#' ? doc.getElementById(selector.slice(1)) : doc.querySelector(selector);
}

/** The text of the first element that matches one of `selectors`, tried in priority order. */
function firstText(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const el = find(doc, selector);
    const text = el ? collapseSpace(textOf(el)) : '';
    if (text) return text;
  }
  return null;
}

/** The page's own address: og:url, then the canonical link. */
export function pageUrl(doc: Document, metas: Metas = readMetas(doc)): string | null {
  const og = metas.get('og:url');
  if (og) return og;
  // In the head, where HTML puts it (search engines ignore one in the body): a page without one is not walked.
  const canonical = doc.head?.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return canonical ? canonical.trim() || null : null;
}

/** An absolute http(s) address's host, by a pattern: the URL parser costs more than the rest of detect's tests. */
const HTTP_HOST = /^https?:\/\/([a-z\d.-]+)(?![^/?#:])/i;

/** The host of `url`, lower-cased; null for any other address (a relative one names no host). */
function hostOf(url: string | null): string | null {
  return HTTP_HOST.exec(url ?? '')?.[1]?.toLowerCase() ?? null;
}

/**
 * Sina's article URLs: doc-i….shtml (PC), detail-i….d.html (mobile), /YYYY-MM-DD/NNNN.shtml (old),
 * article_UID_ID.html (新浪看点, k.sina.com.cn and k.sina.cn), /articles/view/UID/ID (财经头条).
 */
const ARTICLE_PATH =
  /\/(?:doc-[a-z0-9-]+\.shtml|detail-[a-z0-9]+\.d\.html|\d{4}-\d{2}-\d{2}\/[\w-]+\.s?html|article_\d+_[a-z0-9]+\.html|articles\/view\/\d+\/[a-z0-9]+)(?:$|[?#/])/i;

/**
 * Would the fallback decide this page: no known body container, and metadata that says article?
 * The content script asks before it fetches the fallback.
 */
export function needsFallback(doc: Document): boolean {
  return findBody(doc) === null && metadataSaysArticle(readMetas(doc));
}

function findBody(doc: Document): Element | null {
  for (const selector of BODY_SELECTORS) {
    const el = find(doc, selector);
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
      const text = collapseSpace(textOf(at));
      if (text.length >= 8 && !(at as Element).querySelector('a[href]:only-child')) chars += text.length;
      if (chars >= cap) break;
    }
    at = following(at, body, isP);
  }
  return chars;
}

/** Enough body text to count as an article on its own, where neither a headline nor the URL says so (GBK era). */
const SUBSTANTIAL = 300;

function notArticle(url: string | null): Detection {
  return { page: { kind: 'not-article', title: null, publishedAt: null, source: null, url }, body: null };
}

/**
 * Is this a Sina article page, and where is its body? `url` is the page's address where the caller
 * knows it (the live page, or the CLI's --url); otherwise the page's own og:url / canonical link is
 * used. `force`: the reader chose 仍然净化 — any Sina page with a body (known, else `fallback`'s) is
 * taken for an article. The page's address comes with it, and an article's headline as its title
 * (the article test reads it anyway); the rest of what a page says of itself (a title from the
 * metadata or the window title, the date, the source) is describe.ts's: the analysis reads it, the
 * page script, which runs this everywhere, need not. describe.ts's `detect` does both.
 */
export function identify(
  doc: Document,
  url: string | null = null,
  fallback: FindBody | null = null,
  force = false,
): Detection {
  // The metadata is read only where a question needs it: a page that gives its address, body and
  // headline (every live article page) is decided without it.
  let metas: Metas | undefined;
  const meta = () => (metas ??= readMetas(doc));
  const address = url ?? pageUrl(doc, meta());
  const host = hostOf(address);
  const pathSaysArticle = address ? ARTICLE_PATH.test(address) : false;
  // The mobile home's host, sina.cn, is taken for an article only at an article address.
  const homeOrData = host !== null && NON_ARTICLE_HOSTS.test(host) && !pathSaysArticle;
  if (host && ((homeOrData && !force) || !SINA_HOST.test(host))) return notArticle(address);

  const known = findBody(doc);
  // A layout no selector knows: metadata and one dominant text block decide (never reached otherwise).
  const body = known ?? (fallback && (force || metadataSaysArticle(meta())) ? fallback(doc) : null);
  // No body, no article: the headline's queries (each a walk of the whole page where it misses) are not needed.
  if (!body) return notArticle(address);
  const heading = firstText(doc, TITLE_SELECTORS);
  const chars = articleText(body, SUBSTANTIAL);
  const article =
    force || body !== known || chars >= SUBSTANTIAL || (chars >= 40 && (heading !== null || pathSaysArticle));
  if (!article) return notArticle(address);

  const page: PageInfo = { kind: 'article', title: heading, publishedAt: null, source: null, url: address };
  return { page, body };
}

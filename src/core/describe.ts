// What a page says of itself beyond its headline: its title where it shows no headline (the metadata,
// else the window title less Sina's suffix), and for an article when it was published (the metadata,
// the date line under the headline, or the publishing system's stamp) and its source (来源). Read by
// the analysis, not by the page script (which only identifies the page, detect.ts): only the panel,
// the citation and the output show them. `detect` here is both, in one call.
import { toIsoDate } from './dates/page';
import { type FindBody, identify, type Metas, readMetas } from './detect';
import { collapseSpace, textOf } from './text';
import type { Detection, PageInfo } from './types';

/** One trailing segment naming Sina itself: `_新浪网`, `_新浪财经`, `|新浪新闻`, `_手机新浪网`. */
const SINA_SEGMENT = /\s*[_|｜]\s*(?:手机)?新浪[^_|｜]{0,6}\s*$/;
/** A channel segment that stands before the Sina ones: `_国内新闻`, `_新闻中心`, `_产业资讯`. */
const CHANNEL_SEGMENT = /\s*[_|｜]\s*[^_|｜]{1,8}(?:新闻|中心|频道|资讯|财经|科技|体育|娱乐)\s*$/;

/** Strip Sina's site suffix from a document title. */
export function stripTitleSuffix(raw: string): string {
  // Private-use characters are GBK bytes that no Unicode character stands for: noise, not title.
  const text = collapseSpace(raw.replace(/[\ue000-\uf8ff]/g, ''));
  // GBK-era titles put the channel path after a double underscore: `标题__商贸_产业资讯_新浪网`.
  const double = text.indexOf('__');
  let title = double > 0 ? text.slice(0, double) : text;
  if (!SINA_SEGMENT.test(title)) return title;
  while (SINA_SEGMENT.test(title)) title = title.replace(SINA_SEGMENT, '');
  while (CHANNEL_SEGMENT.test(title)) title = title.replace(CHANNEL_SEGMENT, '');
  return title.trim();
}

/** Date lines that the page shows under the headline. */
const DATE_SELECTOR = '.date-source .date, span.date, #pub_date, .time-source, .art_time, .weibo_time';

/** Source (来源) shown in the date line. */
const SOURCE_SELECTOR = '.date-source .source, a.source, span.source, #media_name, .weibo_user';

/**
 * The text of the first non-empty element, in document order, that matches `selector`. The first
 * match is nearly always it: a query that stops there, not one that walks the rest of the page;
 * the whole list only where that one is empty.
 */
function anyText(root: ParentNode, selector: string): string | null {
  const first = root.querySelector(selector);
  if (!first) return null;
  const text = collapseSpace(textOf(first));
  if (text) return text;
  for (const el of Array.from(root.querySelectorAll(selector))) {
    const each = collapseSpace(textOf(el));
    if (each) return each;
  }
  return null;
}

/** The window title, less Sina's suffix; null where that leaves nothing. */
const windowTitle = (doc: Document): string | null => (doc.title ? stripTitleSuffix(doc.title) : '') || null;

/**
 * The page with its title (the headline identify found, else og:title, else the window title) and,
 * where it is an article, its date and source. A page that is not an article is named by its window
 * title alone, and keeps its nulls.
 */
export function describePage(doc: Document, page: PageInfo): PageInfo {
  if (page.kind !== 'article') return { ...page, title: page.title ?? windowTitle(doc) };
  const metas = readMetas(doc);
  return {
    ...page,
    title: page.title ?? metas.get('og:title') ?? windowTitle(doc),
    publishedAt: publishedAt(doc, metas),
    source: metas.get('article:author') ?? anyText(doc, SOURCE_SELECTOR) ?? metas.get('mediaid') ?? null,
  };
}

function publishedAt(doc: Document, metas: Metas): string | null {
  for (const key of ['article:published_time', 'weibo: article:create_at', 'article:create_at']) {
    const value = metas.get(key);
    const iso = value ? toIsoDate(value) : null;
    if (iso) return iso;
  }
  const line = anyText(doc, DATE_SELECTOR);
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

/** identify, with the page's date and source read as well: the whole of what a page says of itself. */
export function detect(
  doc: Document,
  url: string | null = null,
  fallback: FindBody | null = null,
  force = false,
): Detection {
  const { page, body } = identify(doc, url, fallback, force);
  return { page: describePage(doc, page), body };
}

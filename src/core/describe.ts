// What an article page says of itself beyond its title: when it was published (the metadata, the
// date line under the headline, or the publishing system's stamp) and its source (来源). Read by the
// analysis, not by the page script (which only identifies the page, detect.ts): only the panel, the
// citation and the output show them. `detect` here is both, in one call.
import { toIsoDate } from './dates/page';
import { type FindBody, identify, type Metas, readMetas } from './detect';
import { collapseSpace, textOf } from './text';
import type { Detection, PageInfo } from './types';

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

/** The page with its date and source, where it is an article (a page that is not keeps its nulls). */
export function describePage(doc: Document, page: PageInfo): PageInfo {
  if (page.kind !== 'article') return page;
  const metas = readMetas(doc);
  return {
    ...page,
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

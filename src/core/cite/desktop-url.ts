// The desktop address that a mobile Sina page (*.sina.cn) names for itself: a citation gives the
// address that readers on any screen can open and that stays stable, not the mobile copy's. Where
// the page names none, the citation keeps the page's own address; nothing is derived by guessing.
//
// Where each source was seen:
// - `__webURL` in the page's inline config script, a JSON string with escaped slashes
//   (`"__webURL":"http:\/\/finance.sina.com.cn\/stock\/shannounce\/20050826\/0539283212.shtml"`):
//   the saved finance.sina.cn page in ../shared/fixtures/pages/mobile-finance-sina-cn-…, and the
//   Greasy Fork userscript 473574 「跳转电脑版」, which reads it on news.sina.cn
//   (`news.sina.cn/2023-08-21/detail-imzhycna5519710.d.html` → `news.sina.com.cn/gov/xlxw/2023-08-21/doc-imzhycna5519710.shtml`).
// - `<link rel="canonical">` to the desktop page: how a site with separate mobile addresses marks
//   the desktop one (Google Search Central, "separate URLs"); the same userscript reads it on other
//   sites' mobile pages. Not seen on a saved sina.cn page: taken only when it names a desktop host.
// - `og:url` with a desktop host: the saved sina.cn pages carry their mobile address there, so it
//   counts only where it names a desktop host (a page saved from, or pointing to, the desktop site).
import type { PageInfo } from '../types';

/** Sina's mobile hosts: sina.cn and its subdomains (finance.sina.cn, news.sina.cn, k.sina.cn …). */
const MOBILE_HOST = /(?:^|\.)sina\.cn$/;
/** Sina's desktop hosts. */
const DESKTOP_HOST = /(?:^|\.)sina\.com\.cn$/;

/** The config's key and its string value, in double or single quotes, escapes kept for the decoding below. */
const WEB_URL = /["']?__webURL["']?\s*:\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')/;

const hostOf = (url: string): string | null => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
};

/**
 * What an address whose host the URL parser reads as a mobile one must hold: `sina.cn` in any case,
 * or something the parser decodes or drops (a percent-escape, a character beyond printable ASCII,
 * such as a tab or a full-width dot). Any other address is not parsed: the parser costs more than
 * the rest of the citation's address.
 */
const MAYBE_MOBILE = /sina\.cn|%|[^!-~]/i;

const isMobile = (url: string | null): boolean =>
  url !== null && MAYBE_MOBILE.test(url) && MOBILE_HOST.test(hostOf(url) ?? '');

/** `url` where it is an absolute http(s) address on a desktop Sina host, else null. */
const desktop = (url: string | null | undefined): string | null => {
  const trimmed = url?.trim();
  return trimmed && DESKTOP_HOST.test(hostOf(trimmed) ?? '') ? trimmed : null;
};

/** A JS string literal's content: JSON's escapes (`\/`, `\u…`) decoded; an undecodable one is not an address. */
function decodeLiteral(raw: string): string | null {
  try {
    return JSON.parse(`"${raw.replace(/\\'/g, "'")}"`) as string;
  } catch {
    return null;
  }
}

/** `__webURL` from the page's inline scripts (only those that mention it are read further). */
function configWebUrl(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (!text.includes('__webURL')) continue;
    const match = WEB_URL.exec(text);
    const raw = match?.[1] ?? match?.[2];
    const url = raw === undefined ? null : desktop(decodeLiteral(raw));
    if (url) return url;
  }
  return null;
}

/**
 * The desktop address a mobile page at `pageUrl` names for itself, or null: on a page that is not on
 * a mobile host, or that names none.
 */
export function desktopUrl(doc: Document, pageUrl: string | null): string | null {
  if (!isMobile(pageUrl)) return null;
  return (
    configWebUrl(doc) ??
    desktop(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    desktop(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'))
  );
}

/**
 * `page` with the address its citation gives (`citeUrl`) where that is not its own. Read where a
 * citation may be made (the pipeline's output, the extension's copy half), not where the panel shows.
 */
export function withCiteUrl(page: PageInfo, doc: Document): PageInfo {
  const citeUrl = desktopUrl(doc, page.url);
  return citeUrl ? { ...page, citeUrl } : page;
}

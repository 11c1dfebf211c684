// The two ways a reader's correction of the detector names the pages it applies to. Pure string work
// on URLs: no DOM, no extension API.

/**
 * The page's address without its query string and fragment (which carry tracking and session
 * parameters, never which article it is): `https://finance.sina.com.cn/…/doc-ikyam….shtml`. Null where
 * `url` is not an absolute http(s) address.
 */
export function pageAddress(url: string): string | null {
  const parsed = parse(url);
  return parsed ? `${parsed.protocol}//${parsed.host}${parsed.pathname}` : null;
}

/**
 * The address pattern that 仍然净化 is remembered under: host and path, with every run of letters
 * and digits that holds a digit (the article id, a date, a user id) replaced by `*`, and without the
 * scheme, query string and fragment. All the articles of one layout share it, so the reader's "clean
 * anyway" on one of them holds for the next:
 *   https://cj.sina.com.cn/articles/view/7857201856/1d45362c0019010xyz?from=x → cj.sina.com.cn/articles/view/*\/*
 *   https://finance.sina.com.cn/china/2021-11-23/doc-ikyamrmy4485125.shtml   → finance.sina.com.cn/china/*-*-*\/doc-*.shtml
 * A section's index (`/china/`) keeps its words, so it never shares a pattern with its articles.
 */
export function addressPattern(url: string): string | null {
  const parsed = parse(url);
  return parsed ? `${parsed.hostname}${parsed.pathname.replace(/[a-z0-9]*\d[a-z0-9]*/gi, '*')}` : null;
}

function parse(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

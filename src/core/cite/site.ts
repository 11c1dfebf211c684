// The site a Sina page belongs to, by its host: the `container-title` of an article's citation.

/** Channel hosts (PC *.sina.com.cn and mobile *.sina.cn) with a name of their own; the rest is 新浪网. */
const SITES: readonly [RegExp, string][] = [
  [/(?:^|\.)finance\.sina\.(?:com\.)?cn$/, '新浪财经'],
  [/(?:^|\.)tech\.sina\.(?:com\.)?cn$/, '新浪科技'],
  [/(?:^|\.)sports\.sina\.(?:com\.)?cn$/, '新浪体育'],
  [/(?:^|\.)ent\.sina\.(?:com\.)?cn$/, '新浪娱乐'],
  [/(?:^|\.)sina\.(?:com\.)?cn$/, '新浪网'],
];

/** 新浪财经, 新浪科技 … 新浪网 for a Sina address; null for another site or no address. */
export function siteName(url: string | null): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return SITES.find(([pattern]) => pattern.test(host))?.[1] ?? null;
}

// Mobile pages cite the desktop address where the page names it (issue 11): small mobile pages of our
// own, each naming (or not) its desktop address the way src/core/cite/desktop-url.ts says it was seen.
// The contract's top-level `url` stays the page's own address; only the citation changes.
import { describe, expect, it } from 'vitest';
import { toContract } from '../../src/cli/contract';
import { desktopUrl } from '../../src/core/cite/desktop-url';
import { run } from '../../src/core/pipeline';
import { page } from '../helpers/html';

const MOBILE = 'https://news.sina.cn/gn/2023-08-21/detail-imzhycna5519710.d.html';
const DESKTOP = 'https://news.sina.com.cn/gov/xlxw/2023-08-21/doc-imzhycna5519710.shtml';
/** How the page's config script writes it: JSON with escaped slashes. */
const ESCAPED = DESKTOP.replaceAll('/', '\\/');

/** A mobile article page (the families fixture's structure, cut down) with `head` and `scripts` added. */
function mobilePage({ head = '', scripts = '' }: { head?: string; scripts?: string } = {}): Document {
  const paragraphs = Array.from(
    { length: 6 },
    (_, i) => `<p class="art_p">第${i + 1}段：暴雨过后，社区志愿者连夜清淤，街道恢复了往日的秩序与生活。</p>`,
  ).join('');
  return page(`<!DOCTYPE html><html><head><meta charset="utf-8">
<title>暴雨过后，社区志愿者连夜清淤_手机新浪网</title>
<meta property="og:type" content="news">
<meta property="article:author" content="江城日报">
<meta property="article:published_time" content="2023-08-21 22:40:00">
${head}</head><body>
<section class="s_card z_c1"><article class="art_box"><h1 class="art_tit_h1">暴雨过后，社区志愿者连夜清淤</h1>
<section class="art_pic_card art_content">${paragraphs}</section></article></section>
${scripts}</body></html>`);
}

const config = (body: string) => `<script>var SM = {"__cmntListUrl":"x",${body},"__ispraise":0};</script>`;

describe('desktopUrl', () => {
  it('reads __webURL from the config script, unescaping its slashes', () => {
    const doc = mobilePage({ scripts: config(`"__webURL":"${ESCAPED}"`) });
    expect(desktopUrl(doc, MOBILE)).toBe(DESKTOP);
  });

  it('reads a single-quoted __webURL', () => {
    const doc = mobilePage({
      scripts: `<script>window.cfg = { __webURL: '${DESKTOP}', other: 1 };</script>`,
    });
    expect(desktopUrl(doc, MOBILE)).toBe(DESKTOP);
  });

  it('skips scripts that do not name it, and external scripts', () => {
    const doc = mobilePage({
      scripts: `<script src="https://mjs.sinaimg.cn/x.js"></script><script>var a = 1;</script>${config(`"__webURL":"${ESCAPED}"`)}`,
    });
    expect(desktopUrl(doc, MOBILE)).toBe(DESKTOP);
  });

  it('takes a canonical link to a desktop host, but not one to the mobile page itself', () => {
    expect(desktopUrl(mobilePage({ head: `<link rel="canonical" href="${DESKTOP}">` }), MOBILE)).toBe(
      DESKTOP,
    );
    expect(desktopUrl(mobilePage({ head: `<link rel="canonical" href="${MOBILE}">` }), MOBILE)).toBeNull();
  });

  it('takes og:url only where it names a desktop host', () => {
    expect(desktopUrl(mobilePage({ head: `<meta property="og:url" content="${DESKTOP}">` }), MOBILE)).toBe(
      DESKTOP,
    );
    expect(
      desktopUrl(mobilePage({ head: `<meta property="og:url" content="${MOBILE}">` }), MOBILE),
    ).toBeNull();
  });

  it('prefers the config over the canonical link', () => {
    const other = 'https://finance.sina.com.cn/china/2023-08-21/doc-other.shtml';
    const doc = mobilePage({
      head: `<link rel="canonical" href="${other}">`,
      scripts: config(`"__webURL":"${ESCAPED}"`),
    });
    expect(desktopUrl(doc, MOBILE)).toBe(DESKTOP);
  });

  it('ignores an address that is not on a desktop Sina host', () => {
    for (const named of [
      'https://evil.example/doc.shtml',
      'javascript:alert(1)',
      MOBILE,
      'doc-x.shtml',
      '',
    ]) {
      const doc = mobilePage({
        head: `<link rel="canonical" href="${named}">`,
        scripts: config(`"__webURL":"${named.replaceAll('/', '\\/')}"`),
      });
      expect(desktopUrl(doc, MOBILE), named).toBeNull();
    }
  });

  it('names nothing for a page that is not on a mobile host', () => {
    const doc = mobilePage({ scripts: config(`"__webURL":"${ESCAPED}"`) });
    expect(desktopUrl(doc, DESKTOP)).toBeNull();
    expect(desktopUrl(doc, null)).toBeNull();
  });

  it('knows a mobile host however the address writes it, as the URL parser reads it', () => {
    const doc = mobilePage({ scripts: config(`"__webURL":"${ESCAPED}"`) });
    // Capitals, a percent-escape and a tab inside the host, a full-width dot: the parser's host is news.sina.cn.
    for (const written of [
      'HTTPS://NEWS.SINA.CN/gn/x.d.html',
      'https://news.sina.c%6E/gn/x.d.html',
      'https://news.sina.c\tn/gn/x.d.html',
      'https://news.sina\u3002cn/gn/x.d.html',
    ])
      expect(desktopUrl(doc, written)).toBe(DESKTOP);
    // Not a mobile host: another host, sina.cn only in the path or the query, and not http(s).
    for (const written of [
      'https://news.sina.cn.example.com/x.d.html',
      'https://example.com/news.sina.cn/x.d.html',
      'https://example.com/?from=news.sina.cn',
      'ftp://news.sina.cn/x.d.html',
    ])
      expect(desktopUrl(doc, written)).toBeNull();
  });

  it('names nothing where the page names nothing', () => {
    expect(desktopUrl(mobilePage(), MOBILE)).toBeNull();
  });
});

describe('a mobile page in the pipeline', () => {
  const ACCESSED = '2026-11-30';

  it('cites the desktop address it names; the contract url stays its own', () => {
    const doc = mobilePage({ scripts: config(`"__webURL":"${ESCAPED}"`) });
    const out = toContract(run(doc, { url: MOBILE }).result, ACCESSED);
    expect(out.url).toBe(MOBILE);
    expect(out.cite?.csl.URL).toBe(DESKTOP);
    expect(out.cite?.gbt7714).toBe(
      `江城日报. 暴雨过后，社区志愿者连夜清淤[EB/OL]. (2023-08-21)[2026-11-30]. ${DESKTOP}.`,
    );
    expect(out.cite?.csl['container-title']).toBe('新浪网');
  });

  it('cites its own address where it names no desktop one', () => {
    const out = toContract(run(mobilePage(), { url: MOBILE }).result, ACCESSED);
    expect(out.cite?.csl.URL).toBe(MOBILE);
  });
});

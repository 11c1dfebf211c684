// The shared fixture pages (read from ../shared/fixtures, never copied into the repo), decoded to
// text in Node the way the CLI decodes them, with the address each page was published at.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { ROOT } from './paths.mjs';

export const SHARED = resolve(ROOT, '../shared/fixtures');
export const DIRS = ['pages', 'composite'];
export const COMPOSITE_112 = 'composite/doc-guohan2021-112.html';

/** The Sogou corpus wraps saved pages in `<text id=URL … encoding=…>` … `</text>`: not part of the page. */
const CORPUS_WRAPPER = /^\s*<text\b[^>]*>\s*\n|\n\s*<\/text>\s*$/g;

/** The address a saved page names for itself: composite comment, Sogou wrapper, saver's comment, og:url, canonical. */
function addressOf(html) {
  const head = html.slice(0, 200_000);
  const patterns = [
    /^\s*<!--\s*composite:\s*(\S+)\s*-->/,
    /^\s*<text\b[^>]*\bid="(https?:[^"]+)"/,
    /^\s*<!--\s*(https?:\/\/\S+)\s*-->/,
    /<meta[^>]+property=["']og:url["'][^>]+content=["']([^"']+)["']/i,
    /<link[^>]+rel=["']canonical["'][^>]+href=["']([^"']+)["']/i,
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(head);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** Every HTML fixture: { id: 'pages/x.html', bytes (on disk), html (decoded), url }. */
export async function loadFixtures() {
  // The CLI's decoder (TypeScript), loaded through tsx: GBK pages become text as the CLI reads them.
  const { decode } = await tsImport('../../src/cli/decode.ts', import.meta.url);
  const out = [];
  for (const dir of DIRS) {
    for (const name of readdirSync(join(SHARED, dir)).sort()) {
      if (!name.endsWith('.html')) continue;
      const bytes = readFileSync(join(SHARED, dir, name));
      const text = decode(bytes);
      out.push({
        id: `${dir}/${name}`,
        bytes: bytes.length,
        html: text.replace(CORPUS_WRAPPER, ''),
        url: addressOf(text),
      });
    }
  }
  return out;
}

// The fallback for unknown layouts, on the shared pages with every class and id renamed: an article
// whose metadata says so is still found, with the same body text; a page that is not an article
// (home, list, search, quotes) or says nothing of itself stays not-article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/core/describe';
import { fallbackBody } from '../../src/core/detect-fallback';
import { collapseSpace, textOf } from '../../src/core/text';
import { disguise } from '../helpers/disguise';
import { FIXTURES, HAVE_SHARED, SKIP_REASON, sharedDocument, sharedPages } from '../helpers/shared';

if (!HAVE_SHARED) console.warn(SKIP_REASON);

/** What the page's head says of itself, read here independently of detect's own reading. */
function saysArticle(doc: Document): boolean {
  const type = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  return (
    type === 'news' ||
    type === 'article' ||
    doc.querySelector('meta[property="article:published_time"], meta[name="weibo: article:create_at"]') !==
      null
  );
}

const expectedKind = (file: string): string | null => {
  try {
    const name = file.replace('/', '--').replace(/\.html$/, '.json');
    return JSON.parse(readFileSync(join(FIXTURES, 'expected', name), 'utf8')).page.kind;
  } catch {
    return null;
  }
};

describe.skipIf(!HAVE_SHARED)('disguised shared pages', () => {
  it.each(sharedPages())(
    '%s',
    (file) => {
      const document = sharedDocument(file);
      const known = detect(document, null, fallbackBody);
      const knownText = known.body ? collapseSpace(textOf(known.body)) : null;
      disguise(document);
      const found = detect(document, null, fallbackBody);
      const kind = expectedKind(file) ?? known.page.kind;
      if (kind === 'article' && saysArticle(document)) {
        expect(found.page.kind).toBe('article');
        expect(knownText).not.toBeNull();
        expect(collapseSpace(textOf(found.body as Element))).toBe(knownText);
      } else {
        // Without article metadata a disguised page has nothing left to say it is one.
        expect(found.page.kind).toBe('not-article');
      }
    },
    // Whole home and list pages in the test DOM, on a machine shared with other test runs.
    60_000,
  );
});

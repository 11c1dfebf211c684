// Our GB/T 7714 line against the real processor: for every shared page and both editions, the line
// we build must be identical to what citeproc-js renders from our own CSL-JSON with the official style.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/cli/extract-page';
import { formatGbt7714 } from '../../src/core/cite/gbt7714';
import { CSL_SKIP_REASON, HAVE_CSL, renderWithCiteproc } from '../helpers/citeproc';
import { FIXTURES, HAVE_SHARED, SKIP_REASON, sharedPages } from '../helpers/shared';

const ACCESSED = '2026-11-30';
const pages = HAVE_SHARED && HAVE_CSL ? sharedPages() : [];
if (!HAVE_SHARED) console.warn(SKIP_REASON);
else if (!HAVE_CSL) console.warn(CSL_SKIP_REASON);

describe.skipIf(!pages.length)('GB/T 7714 lines are what citeproc-js renders', () => {
  it.each(pages)('%s', async (page) => {
    const out = await extractPage(readFileSync(join(FIXTURES, page)), null, { accessed: ACCESSED });
    if (out.page.kind !== 'article') {
      expect(out.cite, `${page}: cite of a page that is not an article`).toBeNull();
      return;
    }
    const cite = out.cite as NonNullable<typeof out.cite>;
    expect(cite.gbt7714, `${page}: cite.gbt7714 (2015)`).toBe(renderWithCiteproc(cite.csl, '2015'));
    expect(formatGbt7714(cite.csl, '2025'), `${page}: GB/T 7714-2025`).toBe(
      renderWithCiteproc(cite.csl, '2025'),
    );
  });
});

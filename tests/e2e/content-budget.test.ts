// What an ordinary article page loads from the extension (content scripts and their static
// imports), gzipped, stays within budget; the panel and the parser load only where needed. The
// measure is CI's size gate's own (scripts/lib/size.ts).
import { expect, it } from 'vitest';
import { EAGER_BUDGET, extensionSizes } from '../../scripts/lib/size';

it('keeps an ordinary article page under 12 KB gzipped; panel and parser load on demand', async () => {
  const sizes = await extensionSizes();
  expect(sizes.eagerGzip).toBeLessThanOrEqual(EAGER_BUDGET);
  expect(EAGER_BUDGET).toBe(12 * 1024);
  const eager = sizes.eager.map((entry) => entry.file).join(' ');
  const lazy = sizes.lazy.map((entry) => entry.file).join(' ');
  const later = sizes.later.map((entry) => entry.file).join(' ');
  // The panel (preact, the panel's views, the parser) is in the lazy part, never in the page's.
  expect(lazy).toContain('assets/panel.js');
  expect(eager).not.toContain('assets/panel.js');
  // With it, the words of one language: each table is counted as one of, and the larger in the total.
  const oneOf = sizes.oneOf.map((entry) => entry.file).join(' ');
  for (const lang of ['zh', 'en']) {
    expect(oneOf).toContain(`assets/strings-${lang}.js`);
    expect(`${eager} ${lazy} ${later}`).not.toContain(`assets/strings-${lang}.js`);
  }
  const always = sizes.lazy.reduce((total, entry) => total + entry.gzip, 0);
  expect(sizes.lazyGzip).toBe(always + Math.max(...sizes.oneOf.map((entry) => entry.gzip)));
  // What only a copy, a question, a correction or the picker needs loads after the panel, not with it:
  // the copy formats and what a copy says, the rules' reasons, the picker and its words, the
  // corrections (the content script's, and 判断有误？'s buttons), the outline's arrow keys.
  const furtherDemand = [
    'copy',
    'copy-words',
    'rule-words',
    'picker-chunk',
    'hide-block-flow',
    'corrections-chunk',
    'corrections-view',
    'outline-keys',
  ];
  for (const name of furtherDemand) {
    expect(later).toContain(`assets/${name}.js`);
    expect(`${eager} ${lazy}`).not.toContain(`assets/${name}.js`);
  }
});

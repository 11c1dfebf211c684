// The `unfold` action: the mobile fold's mask goes, the article card's inline height cap is lifted,
// and undo gives the page's HTML back exactly. A card without a cap, and anything that holds the
// article, is never taken.
import { describe, expect, it } from 'vitest';
import { apply, plan } from '../../src/core/clean';
import { RULES } from '../../src/core/rules';
import { collapseSpace, textOf } from '../../src/core/text';
import type { Rule } from '../../src/core/types';
import { liftedStyle } from '../../src/core/unfold';
import { familyPage } from '../helpers/fixtures';
import { page } from '../helpers/html';
import { HAVE_SHARED, SKIP_REASON, sharedDocument } from '../helpers/shared';

const fold = RULES.find((rule) => rule.name === 'mobile-fold') as Rule;
const folded = () => page(familyPage('news-sina-cn-folded.html'));
const unfold = (doc: Document) => apply(plan(doc.body, [fold]));

describe('unfold', () => {
  it('takes the mask, lifts the cap (keeping the rest of the style) and loses no text', () => {
    const doc = folded();
    const before = collapseSpace(textOf(doc.querySelector('article.art_box') as Element));
    const applied = unfold(doc);
    expect(applied.removed).toEqual([{ rule: 'mobile-fold', count: 2 }]);
    expect(doc.getElementById('artFoldBox')).toBeNull();
    expect(doc.querySelector('section.s_card.z_c1')?.getAttribute('style')).toBe('background: #fff;');
    expect(collapseSpace(textOf(doc.querySelector('article.art_box') as Element))).toBe(before);
  });

  it('is undone exactly: the whole HTML is identical afterwards', () => {
    const doc = folded();
    const before = doc.documentElement.outerHTML;
    const applied = unfold(doc);
    expect(doc.documentElement.outerHTML).not.toBe(before);
    applied.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps the attribute order when the style is not the last attribute', () => {
    const doc = page(
      '<body><section style="max-height:300px;overflow-y:hidden" class="s_card z_c1" data-id="7"><article class="art_box"><p>正文。</p></article></section></body>',
    );
    const before = doc.body.innerHTML;
    const applied = unfold(doc);
    expect(doc.body.innerHTML).toBe(
      '<section style="" class="s_card z_c1" data-id="7"><article class="art_box"><p>正文。</p></article></section>',
    );
    applied.undo();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('leaves a card without a cap as it is, and counts nothing (near miss: an open page)', () => {
    const doc = folded();
    const card = doc.querySelector('section.s_card.z_c1') as Element;
    card.setAttribute('style', 'background: #fff;');
    doc.getElementById('artFoldBox')?.remove();
    const before = doc.documentElement.outerHTML;
    expect(unfold(doc).removed).toEqual([]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('never takes an element that holds the article, even when a mask selector matches it', () => {
    const doc = page('<body><div id="artFoldBox"><p>这一段是正文，不是按钮。</p></div></body>');
    expect(unfold(doc).removed).toEqual([]);
    expect(doc.getElementById('artFoldBox')).not.toBeNull();
  });
});

describe('liftedStyle', () => {
  it.each([
    ['height: 600px; overflow: hidden; background: #fff;', 'background: #fff;'],
    ['max-height:300px', ''],
    ['HEIGHT:10rem;color:red', 'color:red'],
  ])('%s → %s', (style, lifted) => {
    const el = page(`<div style="${style}"></div>`).querySelector('div') as Element;
    expect(liftedStyle(el)).toBe(lifted);
  });

  it('finds no cap in line-height, min-height or an element without a style', () => {
    const doc = page('<div id="a" style="line-height: 2; min-height: 10px"></div><div id="b"></div>');
    expect(liftedStyle(doc.getElementById('a') as Element)).toBeNull();
    expect(liftedStyle(doc.getElementById('b') as Element)).toBeNull();
  });
});

if (!HAVE_SHARED) console.warn(SKIP_REASON);

describe.skipIf(!HAVE_SHARED)('the real mobile page', () => {
  it('has an uncapped card that unfold leaves alone; the page is identical after undo', () => {
    const document = sharedDocument(
      'pages/mobile-finance-sina-cn-company-notice-magichtml-ikknscsi2623250.html',
    );
    const before = document.documentElement.outerHTML;
    const applied = apply(plan(document.body, [fold]));
    expect(applied.removed).toEqual([]);
    applied.undo();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

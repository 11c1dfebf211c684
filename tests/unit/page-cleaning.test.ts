// The page's cleaning on its own, with the core alone (no view, no panel types): it cleans the
// article body, restores it exactly, cleans it again, re-cleans boilerplate the page adds later, and
// on a failure of our code puts the page back as it was.
import { describe, expect, it } from 'vitest';
import { PageCleaning } from '../../src/content/page-cleaning';
import { needsFallback } from '../../src/core/detect';
import { fallbackBody } from '../../src/core/detect-fallback';
import { BODY_RULES, RULES } from '../../src/core/rules';
import { testLifetime } from '../helpers/after-test';
import { disguise } from '../helpers/disguise';
import { DEMO_HTML, DEMO_URL, familyPage } from '../helpers/fixtures';
import { fakeSheet } from '../helpers/sheet';

const BOILERPLATE = '.appendQr_wrap, p.article-editor';

function cleaningOf(html: string, url = DEMO_URL) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const lifetime = testLifetime();
  const events: string[] = [];
  const { page, state: sheet } = fakeSheet();
  const cleaning = new PageCleaning({
    doc,
    url,
    rules: BODY_RULES,
    pageRules: RULES.filter((rule) => rule.scope === 'page' && rule.action === 'unfold'),
    sheet: page,
    signal: lifetime.signal,
    onChange: (stale) => events.push(stale ? 'stale' : 'same'),
    onFail: (error) => events.push(`fail: ${error instanceof Error ? error.message : String(error)}`),
  });
  return { doc, cleaning, events, sheet, before: doc.documentElement.outerHTML };
}

/** The demo page with every class and id renamed: no known selector finds its body. */
function disguised(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  disguise(doc);
  return `<!DOCTYPE html>${doc.documentElement.outerHTML}`;
}

const KANDIAN = familyPage('kandian-pc.html');
const KANDIAN_URL = 'https://k.sina.com.cn/article_2120000001_7e5cb0e1001001abc.html';

const FOLDED = familyPage('news-sina-cn-folded.html');
const FOLDED_URL = 'https://news.sina.cn/sh/2023-07-31/detail-imzfqrst1234567.d.html';

describe('PageCleaning', () => {
  it('takes a layout no selector knows once given the fallback, and restores it exactly', () => {
    const { doc, cleaning, before } = cleaningOf(disguised(KANDIAN), KANDIAN_URL);
    expect(cleaning.start(false)).toBe(false);
    expect(needsFallback(doc)).toBe(true);
    expect(cleaning.useFallback(fallbackBody)).toBe(true);
    expect(cleaning.cleaned).toBe(true);
    // The generic rules apply to the body the fallback found: 看点's disclaimer goes.
    expect(cleaning.removed.map((removal) => removal.rule)).toContain('kandian-notice');
    cleaning.toggle();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('opens the mobile fold around the body, and closes it again exactly on restore', () => {
    const { doc, cleaning, before } = cleaningOf(FOLDED, FOLDED_URL);
    const card = () => doc.querySelector('section.s_card.z_c1');
    expect(card()?.getAttribute('style')).toContain('height: 600px');
    expect(cleaning.start(false)).toBe(true);
    // The cap is lifted (the card and its other style stay), the mask and its button are gone.
    expect(card()?.getAttribute('style') ?? '').not.toMatch(/height|overflow/);
    expect(card()?.querySelector('.art_box')).not.toBeNull();
    expect(doc.querySelector('#artFoldBox')).toBeNull();
    expect(cleaning.removed.map((removal) => removal.rule)).toContain('mobile-fold');

    cleaning.toggle();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('cleans the body, restores it exactly, and cleans it again', () => {
    const { doc, cleaning, events, sheet, before } = cleaningOf(DEMO_HTML);
    expect(cleaning.start(false)).toBe(true);
    expect(cleaning.cleaned).toBe(true);
    expect(sheet.attached).toBe(true);
    expect(doc.querySelector(BOILERPLATE)).toBeNull();
    expect(cleaning.removed.map((removal) => removal.rule)).toContain('editor-line');

    cleaning.toggle();
    expect(cleaning.cleaned).toBe(false);
    expect(sheet.attached).toBe(false);
    expect(cleaning.removed).toEqual([]);
    expect(doc.documentElement.outerHTML).toBe(before);

    cleaning.toggle();
    expect(cleaning.cleaned).toBe(true);
    expect(doc.querySelector(BOILERPLATE)).toBeNull();
    expect(events).toEqual(['same', 'stale']);
  });

  it('leaves the page as it is where the user chose the original', () => {
    const { doc, cleaning, sheet, before } = cleaningOf(DEMO_HTML);
    expect(cleaning.start(true)).toBe(true);
    expect(cleaning.cleaned).toBe(false);
    expect(sheet.attached).toBe(false);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('re-cleans boilerplate the page adds to the body later', async () => {
    const { doc, cleaning, events } = cleaningOf(DEMO_HTML);
    cleaning.start(false);
    const late = doc.createElement('p');
    late.className = 'article-editor';
    late.textContent = '责任编辑：迟到的编辑';
    doc.getElementById('artibody')?.append(late);
    await expect.poll(() => late.isConnected).toBe(false);
    expect(events).toEqual(['stale']);
    expect(cleaning.removed.find((removal) => removal.rule === 'editor-line')?.count).toBe(2);
  });

  it('puts the page back as it was when our code fails, and then does nothing more', () => {
    const { doc, cleaning, events, sheet, before } = cleaningOf(DEMO_HTML);
    cleaning.start(false);
    cleaning.guard(() => {
      throw new Error('boom');
    });
    expect(events).toEqual(['fail: boom']);
    expect(cleaning.failed).toBe(true);
    expect(cleaning.cleaned).toBe(false);
    expect(sheet.attached).toBe(false);
    expect(doc.documentElement.outerHTML).toBe(before);
    cleaning.toggle();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is no article where the page has none', () => {
    const { cleaning, sheet } = cleaningOf('<!DOCTYPE html><html><body><p>首页</p></body></html>');
    expect(cleaning.start(false)).toBe(false);
    expect(cleaning.page).toBeNull();
    expect(sheet.attached).toBe(false);
  });
});

// The rules for the newer families and the mobile pages, by their own examples (what each takes, the
// near misses it leaves), and on whole pages: the folded mobile fixture comes out clean and whole,
// nothing a reader came for is hidden, and the mobile news list (a known false positive) is untouched.
import { describe, expect, it } from 'vitest';
import { apply, plan } from '../../src/core/clean';
import { run } from '../../src/core/pipeline';
import { RULES } from '../../src/core/rules';
import type { Rule } from '../../src/core/types';
import { familyPage } from '../helpers/fixtures';
import { page } from '../helpers/html';
import { HAVE_SHARED, SKIP_REASON, sharedDocument } from '../helpers/shared';

const NAMES = [
  'app-callup-line',
  'mobile-fold',
  'app-callup',
  'after-article-feeds',
  'video-ad-layer',
  'mobile-ad-slots',
];
const OURS = NAMES.map((name) => RULES.find((rule) => rule.name === name) as Rule);

const fixture = (name: string) => page(familyPage(name));

/** The HTML of `snippet` inside a root, before and after the rule is applied there. */
function applied(rule: Rule, snippet: string): { before: string; after: string } {
  const doc = page(`<body><div id="root">${snippet}</div></body>`);
  const root = doc.getElementById('root') as Element;
  const before = root.innerHTML;
  apply(plan(root, [rule]));
  return { before, after: root.innerHTML };
}

/** Selectors of every rule that the generated stylesheet hides (remove rules, page and body alike). */
const HIDDEN = RULES.filter((rule) => rule.action === 'remove' && rule.selectors?.length)
  .flatMap((rule) => rule.selectors ?? [])
  .join(',');

describe('the new rules by their examples', () => {
  it('each name their public evidence', () => {
    for (const rule of OURS) expect(rule.examples.evidence?.length, rule.name).toBeGreaterThan(0);
  });

  const removes = OURS.flatMap((rule) =>
    (rule.examples?.removes ?? []).map((html) => [rule.name, html, rule]),
  );
  const keeps = OURS.flatMap((rule) => (rule.examples?.keeps ?? []).map((html) => [rule.name, html, rule]));

  it.each(removes)('%s takes %s', (_name, html, rule) => {
    const { before, after } = applied(rule as Rule, html as string);
    expect(after).not.toBe(before);
  });

  it.each(keeps)('%s leaves %s', (_name, html, rule) => {
    const { before, after } = applied(rule as Rule, html as string);
    expect(after).toBe(before);
    // Nor does the stylesheet hide it, where the rule is one the stylesheet carries.
    const r = rule as Rule;
    if (r.action === 'remove' && r.selectors) {
      const doc = page(`<body>${html}</body>`);
      expect(doc.body.querySelector(r.selectors.join(','))).toBeNull();
    }
  });
});

describe('the folded mobile page', () => {
  it('comes out as the whole article without call-ups, and back exactly', () => {
    const doc = fixture('news-sina-cn-folded.html');
    const before = doc.documentElement.outerHTML;
    const { result, applied: cleaning } = run(doc);
    expect(result.page.kind).toBe('article');
    for (const word of ['两百多名志愿者', '结成硬块', '热饭和姜汤', '地面停车场'])
      expect(result.text).toContain(word);
    for (const word of ['APP专享', '看高清视频', '打开APP']) expect(result.text).not.toContain(word);
    expect(result.removed.map((each) => each.rule).sort()).toEqual(['app-callup', 'video-ad-layer']);
    cleaning?.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('hides every call-up, feed and ad around it', () => {
    const doc = fixture('news-sina-cn-folded.html');
    const hidden = Array.from(doc.querySelectorAll(HIDDEN));
    for (const selector of [
      '.callup-component',
      '.m-client-call-top',
      '.cm_art_push',
      '.j_article_relevent_news',
      '.j_wbrecommend_wrap',
      '#midThreeAds',
      '.j_video_with_ad',
      '.wap-msg-bar',
      '.callApp_fl_btn',
      '#float-btn',
    ])
      expect(hidden).toContain(doc.querySelector(selector));
  });
});

describe('nothing a reader came for is hidden', () => {
  it.each([
    'news-sina-cn-folded.html',
    'ent-sina-cn.html',
    'kandian-pc.html',
    'kandian-mobile.html',
    'sports-pc.html',
  ])('%s: no article text, image, caption, table or video under a hidden element', (file) => {
    const doc = fixture(file);
    const hidden = Array.from(doc.querySelectorAll(HIDDEN));
    const content = Array.from(
      doc.querySelectorAll(
        'h1, p.art_p, #artibody > p:not(.article-notice, .article-editor), img, figure, table, video',
      ),
    );
    expect(content.length).toBeGreaterThan(3);
    for (const el of content) expect(hidden.some((h) => h.contains(el))).toBe(false);
  });
});

if (!HAVE_SHARED) console.warn(SKIP_REASON);

describe.skipIf(!HAVE_SHARED)('shared pages', () => {
  const load = (name: string) => sharedDocument(`pages/${name}`);

  it('the mobile news list is not hidden (the false positive a filter list once had)', () => {
    const document = load('mobile-news-sina-cn-homepage-list-htmlgtmk.html');
    const ours = OURS.filter((rule) => rule.selectors).flatMap((rule) => rule.selectors ?? []);
    expect(document.querySelectorAll('a[href]').length).toBeGreaterThan(20);
    expect(
      Array.from(document.querySelectorAll(ours.join(','))).map((el) => el.outerHTML.slice(0, 80)),
    ).toEqual([]);
  });

  it('the 看点 page loses its 特别声明 and keeps its text', () => {
    const document = load('ksina-kandian-2018-htmlgtmk-b63e5bc502000bg5u.html');
    const { result } = run(document);
    expect(result.removed).toContainEqual({ rule: 'kandian-notice', count: 1 });
    expect(result.text).not.toContain('特别声明');
    expect(result.text).toContain('联合国大会应该是各个国家和人民合作的核心');
  });
});

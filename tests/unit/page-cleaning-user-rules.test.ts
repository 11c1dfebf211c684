// The reader's own rules (隐藏此块) in the page's cleaning: a rule added while the page is cleaned
// takes its blocks out of the DOM and counts them under its own name; 显示原文 gives the identical
// HTML back; the article body itself, or what holds it, is never taken out (the stylesheet hides it).
import { describe, expect, it } from 'vitest';
import { PageCleaning } from '../../src/content/page-cleaning';
import { userMatchers } from '../../src/core/pick/user-matchers';
import { BODY_RULES } from '../../src/core/rules';
import { testLifetime } from '../helpers/after-test';
import { DEMO_HTML, DEMO_URL } from '../helpers/fixtures';
import { fakeSheet } from '../helpers/sheet';

const SITE = 'finance.sina.com.cn';

function started() {
  const doc = new DOMParser().parseFromString(DEMO_HTML, 'text/html');
  const lifetime = testLifetime();
  const cleaning = new PageCleaning({
    doc,
    url: DEMO_URL,
    rules: BODY_RULES,
    pageRules: [],
    sheet: fakeSheet().page,
    signal: lifetime.signal,
    onChange: () => {},
    onFail: (error) => {
      throw error;
    },
  });
  const before = doc.documentElement.outerHTML;
  expect(cleaning.start(false)).toBe(true);
  return { doc, cleaning, before };
}

const rules = (doc: Document, ...selectors: string[]) =>
  userMatchers(
    selectors.map((selector) => ({ site: SITE, selector, on: true })),
    SITE,
    doc,
  );

describe('user rules in PageCleaning', () => {
  it('takes a block outside the body, counts it as user:<selector>, and 显示原文 restores the HTML exactly', () => {
    const { doc, cleaning, before } = started();
    cleaning.setPageRules(rules(doc, '.side-btns-wrap'));
    expect(doc.querySelector('.side-btns-wrap')).toBeNull();
    expect(cleaning.removed).toContainEqual({ rule: 'user:.side-btns-wrap', count: 1 });
    cleaning.toggle();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('takes a paragraph inside the body with the built-in rules, and undoes both exactly', () => {
    const { doc, cleaning, before } = started();
    const first = doc.querySelector('#artibody p');
    expect(first).not.toBeNull();
    cleaning.setPageRules(rules(doc, '#artibody > p'));
    expect(doc.querySelector('#artibody > p')).toBeNull();
    expect(cleaning.removed.map((r) => r.rule)).toContain('user:#artibody > p');
    cleaning.toggle();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('never takes the article body or an ancestor of it out of the DOM', () => {
    const { doc, cleaning } = started();
    cleaning.setPageRules(rules(doc, '#artibody', 'body > *'));
    expect(doc.getElementById('artibody')?.isConnected).toBe(true);
    expect(cleaning.body?.isConnected).toBe(true);
  });

  it('taking the rule away (an empty list) brings the block back', () => {
    const { doc, cleaning } = started();
    cleaning.setPageRules(rules(doc, '.side-btns-wrap'));
    cleaning.setPageRules([]);
    expect(doc.querySelector('.side-btns-wrap')).not.toBeNull();
    expect(cleaning.removed.some((r) => r.rule.startsWith('user:'))).toBe(false);
  });
});

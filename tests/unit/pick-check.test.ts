// The check before a picked selector is saved: it must take the chosen element and at most
// MAX_OTHERS others; a rule that takes the article body (or what holds it) is flagged for a confirm.
import { describe, expect, it } from 'vitest';
import { MAX_OTHERS } from '../../src/core/matchers';
import { checkSelector } from '../../src/core/pick/check';
import { safeSelector, userMatchers, validSelector } from '../../src/core/pick/user-matchers';
import { page } from '../helpers/html';

const doc = (body: string) => page(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`);
const ARTICLE = '<div class="main"><div id="artibody"><p class="lead">正文</p></div></div>';

function at(d: Document, selector: string): Element {
  const found = d.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

describe('checkSelector', () => {
  it('accepts a selector that takes the chosen element and a few others', () => {
    const d = doc(`${ARTICLE}<div class="ad">1</div><div class="ad">2</div>`);
    expect(checkSelector('.ad', at(d, '.ad'), at(d, '#artibody'))).toEqual({
      ok: true,
      count: 2,
      body: false,
    });
  });

  it('refuses one that misses the chosen element', () => {
    const d = doc(`${ARTICLE}<div class="ad">1</div><div class="other">2</div>`);
    expect(checkSelector('.ad', at(d, '.other'), null)).toEqual({ ok: false, reason: 'misses', count: 1 });
  });

  it(`allows exactly ${MAX_OTHERS} others and refuses one more`, () => {
    const many = (n: number) => doc(Array.from({ length: n }, () => '<b class="x">x</b>').join(''));
    const fits = many(MAX_OTHERS + 1);
    expect(checkSelector('.x', at(fits, '.x'), null).ok).toBe(true);
    const over = many(MAX_OTHERS + 2);
    expect(checkSelector('.x', at(over, '.x'), null)).toEqual({
      ok: false,
      reason: 'too-many',
      count: MAX_OTHERS + 2,
    });
  });

  it('flags the article body and its ancestors, not what stands inside it', () => {
    const d = doc(ARTICLE);
    const body = at(d, '#artibody');
    expect(checkSelector('#artibody', body, body)).toMatchObject({ ok: true, body: true });
    expect(checkSelector('.main', at(d, '.main'), body)).toMatchObject({ ok: true, body: true });
    expect(checkSelector('.lead', at(d, '.lead'), body)).toMatchObject({ ok: true, body: false });
  });

  it('refuses what is not a selector, or would break out of a stylesheet rule', () => {
    const d = doc(ARTICLE);
    const chosen = at(d, '.lead');
    for (const bad of ['.lead{}', '.lead;body', '.lead /* x */', '@media x', '.lead[', ' .lead', ''])
      expect(checkSelector(bad, chosen, null)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('the selector guards', () => {
  it('safeSelector keeps a plain selector and refuses a long one', () => {
    expect(safeSelector('#box > .ad')).toBe(true);
    expect(safeSelector(`.${'a'.repeat(400)}`)).toBe(false);
  });

  it('validSelector asks the document', () => {
    const d = doc('');
    expect(validSelector(d, 'div.a > p')).toBe(true);
    expect(validSelector(d, 'div..a')).toBe(false);
  });
});

describe('userMatchers', () => {
  it('makes page rules that remove, of this site only, of rules that are on, with valid selectors', () => {
    const d = doc('');
    const matchers = userMatchers(
      [
        { site: 'finance.sina.com.cn', selector: '.ad', on: true },
        { site: 'finance.sina.com.cn', selector: '.off', on: false },
        { site: 'news.sina.com.cn', selector: '.elsewhere', on: true },
        { site: 'finance.sina.com.cn', selector: 'div..broken', on: true },
      ],
      'finance.sina.com.cn',
      d,
    );
    expect(matchers).toEqual([{ name: 'user:.ad', scope: 'page', action: 'remove', selectors: ['.ad'] }]);
  });
});

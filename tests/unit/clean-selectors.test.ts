// How `plan` matches selectors (src/core/clean.ts, `Prepared`): in a table with text rules, a selector
// that asks for a class or an id word is probed during their walk, the others are queried. Either way
// it must find exactly what the browser's own matching finds; these cases are the ways a probe could
// find less.
import { afterEach, describe, expect, it } from 'vitest';
import { plan } from '../../src/core/clean';
import type { Matcher } from '../../src/core/types';
import { articleBody } from '../helpers/html';

const rule = (name: string, ...selectors: string[]): Matcher => ({
  name,
  scope: 'body',
  action: 'remove',
  selectors,
});

/**
 * `rules` with a text rule that takes nothing: selectors are probed only where the text rules walk
 * the elements anyway (a table without them is queried).
 */
const withText = (rules: Matcher[]): Matcher[] => [
  ...rules,
  { name: 'text', scope: 'body', action: 'remove', text: /^(?!)/ },
];

/** The rule and the id (or class) of each planned node, with `rules` probed where they can be. */
function planned(inner: string, rules: Matcher[]): string[] {
  const { body } = articleBody(inner);
  return plan(body, withText(rules)).map(
    ({ rule, node }) => `${rule} ${(node as Element).id || (node as Element).className}`,
  );
}

describe('selectors in a plan', () => {
  const matches = Element.prototype.matches;
  afterEach(() => {
    Element.prototype.matches = matches;
  });

  it('finds a class or id in any case where the engine matches it so (quirks mode)', () => {
    // The test DOM has no quirks mode: its matching is made case-blind, as Chromium's is for classes and
    // ids in a quirks-mode page (most saved Sina pages). The probe must let such an element through.
    Element.prototype.matches = function (this: Element, selector: string) {
      return matches.call(this, selector.toLowerCase());
    };
    expect(
      planned('<div class="sinaads">广告</div><p id="left_ad">广告</p>', [
        rule('ad', '.SinaAds', '#LEFT_AD'),
      ]),
    ).toEqual(['ad sinaads', 'ad left_ad']);
  });

  it('does not take a word from inside an attribute value for a class', () => {
    const rules = [rule('complaint', 'a[href*="tousu.sina.com.cn"]'), rule('data', '[data-x="a.b#c"]')];
    expect(
      planned(
        '<p><a id="a1" href="https://tousu.sina.com.cn/x">投诉</a><span id="s1" data-x="a.b#c">x</span></p>',
        rules,
      ),
    ).toEqual(['complaint a1', 'data s1']);
  });

  it('takes a class only as a whole word, though the probe finds it inside a longer one', () => {
    expect(
      planned('<div class="sinaads-wrap" id="w"><div class="x sinaads" id="in">广告</div></div>', [
        rule('ad', '.sinaads'),
      ]),
    ).toEqual(['ad in']);
  });

  it('finds the words of attribute selectors on class and id', () => {
    const rules = [rule('quote', 'span[id^="quote_"]'), rule('notice', 'p[class^="finance_web"]')];
    expect(
      planned(
        '<p><span id="quote_1">行情</span></p><p class="finance_web_1" id="f">声明</p><p class="x finance_web">留</p>',
        rules,
      ),
    ).toEqual(['quote quote_1', 'notice f']);
  });

  it('matches selectors with combinators or pseudo-classes as the engine does', () => {
    const rules = [rule('more', 'section.card .more'), rule('first', 'ul > li:first-child')];
    expect(
      planned(
        '<section class="card"><a class="more" id="m1">更多</a></section><a class="more" id="m2">留</a><ul><li id="l1">一</li><li id="l2">二</li></ul>',
        rules,
      ),
    ).toEqual(['more m1', 'first l1']);
  });

  it('walks the elements for a table with text rules, and none for a table without', () => {
    const walked = (rules: Matcher[]) => {
      const { body } = articleBody('<div class="sinaads" id="ad">广告</div><p class="x">正文</p>');
      const hasAttributes = Element.prototype.hasAttributes;
      let count = 0;
      Element.prototype.hasAttributes = function (this: Element) {
        count++;
        return hasAttributes.call(this);
      };
      try {
        expect(plan(body, rules).map((step) => (step.node as Element).id)).toEqual(['ad']);
      } finally {
        Element.prototype.hasAttributes = hasAttributes;
      }
      return count;
    };
    expect(walked(withText([rule('ad', '.sinaads')]))).toBeGreaterThan(0);
    // The page rules have none: over the whole page, one query costs less than a walk in JavaScript.
    expect(walked([rule('ad', '.sinaads')])).toBe(0);
  });

  it('gives a node that a probed and a queried selector both match to the first rule in table order', () => {
    const inner = '<div class="sinaads" id="both" data-info="ad_1">广告</div>';
    const probed = rule('probed', '.sinaads');
    const queried = rule('queried', '[data-info^="ad_"]');
    expect(planned(inner, [queried, probed])).toEqual(['queried both']);
    expect(planned(inner, [probed, queried])).toEqual(['probed both']);
  });
});

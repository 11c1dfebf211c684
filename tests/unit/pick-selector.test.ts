// 隐藏此块's selector builder: ids and stable classes, never positions; generated and state-like
// names skipped; ancestors' names added only where the element's own take too many others.
import { describe, expect, it } from 'vitest';
import { MAX_OTHERS } from '../../src/core/matchers';
import { buildSelector, stableName } from '../../src/core/pick/selector';
import { page } from '../helpers/html';

const doc = (body: string) => page(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`);
const el = (d: Document, selector: string): Element => {
  const found = d.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

describe('stableName', () => {
  it.each(['side-ad', 'appendQr_wrap', 'blk_hqbox', 'article-editor', 'leftNavBar', 'tg_bank_top'])(
    'keeps %s',
    (name) => expect(stableName(name)).toBe(true),
  );
  it.each([
    ['a digit run', 'ad_1637829'],
    ['a hash', 'css-1x2y3z'],
    ['a CSS-modules hash', 'Banner_root__a1B2c'],
    ['a styled-components name', 'sc-bdVaJa'],
    ['a state', 'active'],
    ['a state suffix', 'tab-selected'],
    ['an is- state', 'is-open'],
    ['a layout helper', 'clearfix'],
    ['our own highlight', 'sina-clean-flash'],
    ['a name CSS must escape', '1col'],
  ])('skips %s (%s)', (_why, name) => expect(stableName(name)).toBe(false));
});

describe('buildSelector', () => {
  it('takes an id where there is a stable one', () => {
    const d = doc('<div id="sidebar" class="side-ad"><p>x</p></div>');
    expect(buildSelector(el(d, '#sidebar'))).toBe('#sidebar');
  });

  it('skips a generated id and uses the stable classes, without positions', () => {
    const d = doc('<div id="ad_1637829" class="side-ad active css-9f8e7d">x</div><div>y</div>');
    const selector = buildSelector(el(d, '.side-ad'));
    expect(selector).toBe('.side-ad');
    expect(selector).not.toMatch(/nth|active|css-|ad_/);
  });

  it('names an element without names by its tag under its nearest named parent', () => {
    const d = doc('<section class="promo-box"><div>hello</div></section><div>other</div>');
    expect(buildSelector(el(d, '.promo-box > div'))).toBe('.promo-box > div');
  });

  it('adds an ancestor where the element’s own class takes more than a screenful', () => {
    const cards = Array.from({ length: MAX_OTHERS + 5 }, () => '<div class="card">c</div>').join('');
    const d = doc(`<div id="feed">${cards}</div><div class="right-col"><div class="card">ad</div></div>`);
    const chosen = el(d, '.right-col .card');
    const selector = buildSelector(chosen);
    expect(selector).toBe('.right-col .card');
    expect(d.querySelectorAll(selector as string)).toHaveLength(1);
  });

  it('stops at an ancestor id (ids are unique)', () => {
    const cards = Array.from({ length: MAX_OTHERS + 5 }, () => '<i class="x">c</i>').join('');
    const d = doc(`<div class="outer">${cards}<div id="box"><span><i class="x">me</i></span></div></div>`);
    expect(buildSelector(el(d, '#box i.x'))).toBe('#box .x');
  });

  it('gives null where neither the element nor a near ancestor has a stable name', () => {
    const d = doc('<div class="active"><div><p>text</p></div></div>');
    expect(buildSelector(el(d, 'p'))).toBeNull();
  });

  it('gives the same selector on a second load whose generated names differ', () => {
    const load = (hash: string) =>
      doc(`<div class="wrap"><aside id="a_${hash}" class="hot-list ${hash}">x</aside></div>`);
    expect(buildSelector(el(load('k3j4h5'), 'aside'))).toBe(buildSelector(el(load('p9q8r7'), 'aside')));
  });
});

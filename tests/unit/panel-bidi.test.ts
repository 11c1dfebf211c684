// Bidi overrides and zero-width characters in page strings (a title, a source) do not reach the
// panel: an override (U+202E) would reorder what follows it, and the panel shows the page's strings.
import { expect, it } from 'vitest';
import { DEMO_RESULT, mountInShadow, ready } from './panel-helpers';

const CONTROLS = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

it('draws page strings without bidi and zero-width controls, in the panel only', () => {
  const base = DEMO_RESULT;
  const title = '\u202e\u200b示范通知\u2066gpj.exe\u2069\ufeff';
  const result = { ...base, page: { ...base.page, title, source: '\u202d新浪\u200d财经' } };
  const { root } = mountInShadow(ready(result), undefined, { lang: 'zh' });
  const shown = root.textContent ?? '';
  expect(shown).toContain('示范通知gpj.exe');
  expect(shown).toContain('新浪财经');
  expect(shown).not.toMatch(CONTROLS);
  expect(result.page.title).toBe(title);
});

// The panel's citation and clause buttons: every copy format has its button (复制引用 first among the
// citation forms, the reference-manager formats in their own named group), and each clause of the
// outline its keyboard-reachable 复制本条, which asks for that very clause and confirms it.
import { beforeAll, describe, expect, it } from 'vitest';
import { CopyError } from '../../src/common/copy-error';
import { COPY_FORMATS } from '../../src/common/model';
import type { Clause } from '../../src/core/types';
import { COPY_WORDS } from '../../src/panel/copy-words';
import {
  buttonNamed,
  click,
  DEMO_RESULT,
  fakeActions,
  mountInShadow,
  nameOf,
  press,
  ready,
  settle,
  WORDS,
} from './panel-helpers';

// The words a copy says load with the first copy (a dynamic import of the extension's own file, at
// once in the browser); here the test runner compiles the module first, outside any test's settle().
beforeAll(() => import('../../src/panel/copy-words'));

const mount = (actions = fakeActions(), lang: 'zh' | 'en' = 'zh') =>
  mountInShadow(ready(DEMO_RESULT), actions, { lang });

const liveTexts = (root: ParentNode) =>
  [...root.querySelectorAll('[aria-live="polite"]')].map((live) => live.textContent ?? '');

describe('copy menu: citations', () => {
  it('has one button for every copy format, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const { root, cleanup } = mount(fakeActions(), lang);
      for (const format of COPY_FORMATS) expect(buttonNamed(root, WORDS[lang].copy[format])).toBeTruthy();
      cleanup();
    }
  });

  it('copies the citation line with 复制引用 and confirms it', async () => {
    const { root, actions } = mount();
    await press(root, '复制引用');
    expect(actions.copy).toHaveBeenLastCalledWith('citation');
    expect(liveTexts(root)).toContain('✓ 已复制引用（GB/T 7714）');
  });

  it('groups CSL-JSON, RIS and BibTeX under a named group, each asking for its own format', async () => {
    const { root, actions } = mount();
    const group = root.querySelector('fieldset.sc-cite-formats');
    expect(group?.getAttribute('aria-label')).toBe('其他引用格式');
    const names = [...(group?.querySelectorAll('button') ?? [])].map(nameOf);
    expect(names).toEqual(['CSL-JSON', 'RIS', 'BibTeX']);
    for (const [name, format] of [
      ['CSL-JSON', 'csl'],
      ['RIS', 'ris'],
      ['BibTeX', 'bibtex'],
    ] as const) {
      await click(buttonNamed(root, name));
      await settle();
      expect(actions.copy).toHaveBeenLastCalledWith(format);
    }
  });
});

describe('outline: 复制本条', () => {
  const clauses = DEMO_RESULT.document?.clauses ?? [];
  const copyButtons = (root: ParentNode) => [...root.querySelectorAll<HTMLButtonElement>('.sc-clause-copy')];

  it('the fixture has an outline to test', () => {
    expect(clauses.length).toBeGreaterThan(1);
  });

  it('puts a button with an accessible name that names the clause on every visible row', () => {
    const { root } = mount();
    const rows = root.querySelectorAll('.sc-clause-row');
    expect(copyButtons(root)).toHaveLength(rows.length);
    const first = clauses[0] as Clause;
    const name = nameOf(copyButtons(root)[0] as HTMLButtonElement);
    expect(name.startsWith('复制本条：')).toBe(true);
    expect(name).toContain(first.label);
    // Keyboard reachable: a real button, not taken out of the tab order.
    for (const button of copyButtons(root)) {
      expect(button.tagName).toBe('BUTTON');
      expect(button.tabIndex).not.toBe(-1);
    }
  });

  it('asks for exactly the clause of its row and confirms in a live line', async () => {
    const { root, actions } = mount();
    const second = clauses[1] as Clause;
    const button = copyButtons(root).find((each) =>
      nameOf(each).includes(`${second.label}`),
    ) as HTMLButtonElement;
    button.focus();
    await click(button);
    await settle();
    expect(actions.copyClause).toHaveBeenCalledTimes(1);
    expect(actions.copyClause.mock.calls[0]?.[0]).toEqual(second);
    expect(liveTexts(root)).toContain('✓ 已复制本条及链接');
  });

  it('words a refused clipboard by its reason', async () => {
    const actions = fakeActions();
    actions.copyClause.mockImplementation(() => Promise.reject(new CopyError('refused', 'NotAllowedError')));
    const { root } = mount(actions);
    await click(copyButtons(root)[0] as HTMLButtonElement);
    await settle();
    expect(liveTexts(root)).toContain(COPY_WORDS.zh.copyFailed.refused);
  });

  it('is named in English too', () => {
    const { root } = mount(fakeActions(), 'en');
    expect(nameOf(copyButtons(root)[0] as HTMLButtonElement)).toMatch(/^Copy this clause: /);
  });
});

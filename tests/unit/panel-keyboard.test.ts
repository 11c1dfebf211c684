// The in-page panel without a mouse: a keyboard command opens it with the focus in it, Escape closes
// it and gives the focus back to where it was on the page; the outline's clauses are walked with the
// arrow keys like a tree.
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { clauseMove } from '../../src/panel/outline-keys';
import { removeAfterTest } from '../helpers/after-test';
import { buttonNamed, click, DEMO_RESULT, fakeActions, mountInShadow, ready, settle } from './panel-helpers';

// The outline's arrow keys load when the focus enters it (a dynamic import of the extension's own file,
// at once in the browser); here the test runner compiles the module first, outside any test's settle().
beforeAll(() => import('../../src/panel/outline-keys'));

/** The panel, with a link on the page before it (where the focus comes from and goes back to). */
function mount(...args: Parameters<typeof mountInShadow>) {
  const link = document.createElement('a');
  link.href = '#here';
  link.textContent = 'a link on the page';
  document.body.prepend(link);
  removeAfterTest(() => link.remove());
  return { ...mountInShadow(...args), link };
}

/** What the content script does on the command (inside act, so that the panel's effects run). */
const command = (panel: { open(focus?: boolean): void }) =>
  act(async () => {
    panel.open(true);
  });

/** A key pressed where the focus is (inside act, so that the panel's effects have run after it). */
const press = (target: Element, key: string) =>
  act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  });

describe('opened by a keyboard command', () => {
  it('takes the focus, and Escape gives it back to where it was on the page', async () => {
    const { root, panel, link } = mount(ready(DEMO_RESULT), fakeActions(), { collapsed: true });
    link.focus();
    await command(panel);
    const collapse = buttonNamed(root, '收起');
    expect(root.activeElement).toBe(collapse);
    await press(collapse, 'Escape');
    expect(document.activeElement).toBe(link);
    expect(buttonNamed(root, '打开新浪财经净读')).toBeTruthy();
  });

  it('gives the focus back from its collapse button too, and only once', async () => {
    const { root, panel, link } = mount(ready(DEMO_RESULT));
    link.focus();
    await command(panel);
    await click(buttonNamed(root, '收起'));
    await settle();
    expect(document.activeElement).toBe(link);
    // Opened from its tab afterwards, the panel is closed back to its tab, as before.
    await click(buttonNamed(root, '打开新浪财经净读'));
    await settle();
    await press(buttonNamed(root, '收起'), 'Escape');
    expect(root.activeElement).toBe(buttonNamed(root, '打开新浪财经净读'));
  });

  it('keeps the first place to go back to when a second command finds the focus inside', async () => {
    const { root, panel, link } = mount(ready(DEMO_RESULT));
    link.focus();
    await command(panel);
    buttonNamed(root, '复制正文').focus();
    await command(panel);
    expect(root.activeElement).toBe(buttonNamed(root, '收起'));
    await press(buttonNamed(root, '收起'), 'Escape');
    expect(document.activeElement).toBe(link);
  });

  it('falls back to the tab where the place it came from has left the page', async () => {
    const { root, panel, link } = mount(ready(DEMO_RESULT));
    link.focus();
    await command(panel);
    link.remove();
    await press(buttonNamed(root, '收起'), 'Escape');
    expect(root.activeElement).toBe(buttonNamed(root, '打开新浪财经净读'));
  });
});

describe('the switch to the original', () => {
  it('keeps the focus through the re-analysis that cleaning again brings', async () => {
    const { root, panel } = mount(ready(DEMO_RESULT, false));
    const before = buttonNamed(root, '恢复净读');
    before.focus();
    await click(before);
    // What the content script does next: loading while the cleaned body is analysed, then ready.
    await act(async () => panel.update({ status: 'loading', result: null, cleaned: true, error: null }));
    expect(() => buttonNamed(root, '显示原文')).toThrow();
    await act(async () => panel.update(ready(DEMO_RESULT, true)));
    expect(root.activeElement).toBe(buttonNamed(root, '显示原文'));
  });

  it('takes no focus when the page changed by itself', async () => {
    const { root, panel } = mount(ready(DEMO_RESULT, false));
    await act(async () => panel.update({ status: 'loading', result: null, cleaned: true, error: null }));
    await act(async () => panel.update(ready(DEMO_RESULT, true)));
    expect(root.activeElement).toBeNull();
  });
});

describe('the outline by keyboard', () => {
  const clauses = (root: ShadowRoot) => [
    ...root.querySelectorAll<HTMLElement>('.sc-outline .sc-clause-button'),
  ];
  /** The focus on a clause: the arrow keys' handler loads as the focus enters the outline. */
  const focusOn = async (clause: HTMLElement) => {
    await act(async () => clause.focus());
    await settle();
  };

  it('moves down, up, to the first and the last clause with the arrow keys, Home and End', async () => {
    const { root } = mount(ready(DEMO_RESULT));
    const list = clauses(root);
    expect(list.length).toBeGreaterThan(2);
    await focusOn(list[0] as HTMLElement);
    await press(list[0] as HTMLElement, 'ArrowDown');
    expect(root.activeElement).toBe(list[1]);
    await press(list[1] as HTMLElement, 'ArrowUp');
    expect(root.activeElement).toBe(list[0]);
    await press(list[0] as HTMLElement, 'End');
    expect(root.activeElement).toBe(clauses(root).at(-1));
    await press(clauses(root).at(-1) as HTMLElement, 'Home');
    expect(root.activeElement).toBe(list[0]);
  });

  it('closes a clause’s sub-items with ← and opens them again with →', async () => {
    const { root } = mount(ready(DEMO_RESULT));
    const disclosure = root.querySelector('.sc-disclosure[aria-expanded="true"]');
    expect(disclosure, 'a top-level clause with sub-items (open) in the demo document').not.toBeNull();
    const clause = disclosure?.parentElement?.querySelector<HTMLElement>('.sc-clause-button') as HTMLElement;
    const before = clauses(root).length;
    await focusOn(clause);
    await press(clause, 'ArrowLeft');
    expect(disclosure?.getAttribute('aria-expanded')).toBe('false');
    expect(clauses(root).length).toBeLessThan(before);
    expect(root.activeElement).toBe(clause);
    await press(clause, 'ArrowRight');
    expect(disclosure?.getAttribute('aria-expanded')).toBe('true');
    expect(clauses(root)).toHaveLength(before);
  });

  it('stops at the ends and ignores other keys', () => {
    expect(clauseMove('ArrowDown', 4, 5)).toBe(4);
    expect(clauseMove('ArrowUp', 0, 5)).toBe(0);
    expect(clauseMove('Enter', 2, 5)).toBeNull();
    expect(clauseMove('ArrowDown', -1, 5)).toBeNull();
    expect(clauseMove('End', 0, 0)).toBeNull();
  });
});

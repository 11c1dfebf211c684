// 隐藏此块 in the panel: the button starts the picker, each outcome is said in Chinese and English,
// a choice that would hide the article body is saved only after the confirm, a failure is said
// (never left as "picking"), and the side panel (no pick actions) shows no such button.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PickOutcome } from '../../src/common/pick';
import { MAX_OTHERS } from '../../src/core/matchers';
import {
  buttonNamed,
  click,
  DEMO_RESULT,
  fakeActions,
  mountInShadow,
  press,
  ready,
  settle,
} from './panel-helpers';

// The picking and its words load with the first one (a dynamic import of the extension's own file, at
// once in the browser); here the test runner compiles the module first, outside any test's settle().
beforeAll(() => import('../../src/panel/hide-block-flow'));

function mountWith(pick: () => Promise<PickOutcome>, confirm: (selector: string) => Promise<PickOutcome>) {
  const actions = { ...fakeActions(), pickBlock: vi.fn(pick), confirmBlock: vi.fn(confirm) };
  const mounted = mountInShadow(ready(DEMO_RESULT), actions);
  const said = () => mounted.root.querySelector('.sc-hide-block')?.textContent ?? '';
  return { ...mounted, actions, said };
}

/** The panel with these pick actions, once 隐藏此块 was clicked and what the pick said has settled. */
async function picked(...actions: Parameters<typeof mountWith>) {
  const mounted = mountWith(...actions);
  await press(mounted.root, '隐藏此块 Hide this block');
  return mounted;
}

describe('隐藏此块 in the panel', () => {
  it('says a saved rule in both languages', async () => {
    const { actions, said } = await picked(
      async () => ({ status: 'saved', selector: '.right-promo', count: 1 }),
      async () => ({ status: 'cancelled' }),
    );
    expect(actions.pickBlock).toHaveBeenCalledTimes(1);
    expect(said()).toContain('已隐藏 .right-promo（本页 1 处）');
    expect(said()).toContain('Hidden: .right-promo (1 on this page)');
  });

  it('refuses plainly a selector that takes too much, naming the count and the limit', async () => {
    const { root, said } = await picked(
      async () => ({ status: 'too-many', selector: '.hot-list .hot-item', count: 30 }),
      async () => ({ status: 'cancelled' }),
    );
    expect(said()).toContain(
      `未保存：.hot-list .hot-item 会隐藏本页 30 处，超过一屏（最多 ${MAX_OTHERS + 1} 处）`,
    );
    expect(said()).toContain('Not saved: .hot-list .hot-item would hide 30 elements');
    expect(root.querySelector('.sc-hide-block .sc-status-error')).not.toBeNull();
  });

  it('asks before the article body, and saves only what the reader confirms', async () => {
    const { root, actions, said } = await picked(
      async () => ({ status: 'ask', selector: '#artibody', count: 1 }),
      async (selector) => ({ status: 'saved', selector, count: 1 }),
    );
    expect(said()).toContain('#artibody 是正文或包含正文');
    expect(actions.confirmBlock).not.toHaveBeenCalled();
    await press(root, '仍要隐藏 Hide it anyway');
    expect(actions.confirmBlock).toHaveBeenCalledWith('#artibody');
    expect(said()).toContain('已隐藏 #artibody');
  });

  it('keeps the body when the reader says so', async () => {
    const { root, actions, said } = await picked(
      async () => ({ status: 'ask', selector: '#artibody', count: 1 }),
      async (selector) => ({ status: 'saved', selector, count: 1 }),
    );
    await press(root, '不隐藏 Keep it');
    expect(actions.confirmBlock).not.toHaveBeenCalled();
    expect(said()).toContain('已取消');
  });

  it('says a failure instead of staying busy', async () => {
    const { root, said } = await picked(
      () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded')),
      async () => ({ status: 'cancelled' }),
    );
    expect(said()).toContain('未保存：QUOTA_BYTES_PER_ITEM quota exceeded');
    expect(buttonNamed(root, '隐藏此块 Hide this block').disabled).toBe(false);
  });

  it('is not offered without the pick actions (the side panel has no page to point at)', () => {
    const { root } = mountInShadow(ready(DEMO_RESULT));
    expect(root.querySelector('.sc-hide-block')).toBeNull();
  });
});

describe('隐藏此块 keyboard and repeats', () => {
  it('puts the focus on 不隐藏 when it asks, so Enter keeps the article', async () => {
    const { root } = await picked(
      async () => ({ status: 'ask', selector: '#artibody', count: 1 }),
      async (selector) => ({ status: 'saved', selector, count: 1 }),
    );
    expect((root as ShadowRoot).activeElement).toBe(buttonNamed(root, '不隐藏 Keep it'));
  });

  it('starts one picking at a time', async () => {
    let finish: (outcome: PickOutcome) => void = () => {};
    const { root, actions } = mountWith(
      () => new Promise<PickOutcome>((resolve) => (finish = resolve)),
      async () => ({ status: 'cancelled' }),
    );
    await press(root, '隐藏此块 Hide this block');
    expect(actions.pickBlock).toHaveBeenCalledTimes(1);
    // The picking's own button, disabled while it runs: pressed all the same, it starts no second one.
    const button = buttonNamed(root, '隐藏此块 Hide this block');
    expect(button.disabled).toBe(true);
    button.removeAttribute('disabled');
    await click(button);
    expect(actions.pickBlock).toHaveBeenCalledTimes(1);
    finish({ status: 'cancelled' });
    await settle();
  });
});

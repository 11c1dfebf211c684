// What the panel loads at a click (隐藏此块's picking, hide-block-flow.tsx; 判断有误？'s buttons,
// corrections-view.tsx): where that load fails (the extension updated or gone under the page), the
// panel says so and stays usable; nothing is thrown into the page.
import { describe, expect, it, vi } from 'vitest';
import type { Correction } from '../../src/common/model';
import { buttonNamed, DEMO_RESULT, fakeActions, mountInShadow, press, ready } from './panel-helpers';

// The test runner wraps the thrown error in its own message: the panel says whichever it gets.
vi.mock('../../src/panel/hide-block-flow', () => {
  throw new Error('extension context invalidated');
});
vi.mock('../../src/panel/corrections-view', () => {
  throw new Error('extension context invalidated');
});

describe('a part of the panel that fails to load', () => {
  it('隐藏此块: says the failure in both languages and leaves the button usable', async () => {
    const actions = { ...fakeActions(), pickBlock: vi.fn(), confirmBlock: vi.fn() };
    const { root } = mountInShadow(ready(DEMO_RESULT), actions);
    await press(root, '隐藏此块 Hide this block');
    const said = root.querySelector('.sc-hide-block .sc-status-error')?.textContent ?? '';
    expect(said).toContain('未保存：');
    expect(said).toContain('Not saved: ');
    expect(buttonNamed(root, '隐藏此块 Hide this block').disabled).toBe(false);
    expect(actions.pickBlock).not.toHaveBeenCalled();
  });

  it('判断有误？: says the failure under the heading, which still closes', async () => {
    const actions = { ...fakeActions(), correct: vi.fn((_: Correction) => {}) };
    const { root } = mountInShadow(ready(DEMO_RESULT), actions);
    await press(root, '判断有误？');
    expect(root.querySelector('.sc-status-error')?.textContent).toMatch(/\S/);
    await press(root, '判断有误？');
    expect(buttonNamed(root, '判断有误？').getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.sc-status-error')).toBeNull();
  });
});

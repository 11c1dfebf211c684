// 隐藏此块's picking loads at the first request (hide-block-flow.tsx): where that load fails (the
// extension updated or gone under the page), the panel says so in both languages and the button can
// be pressed again; nothing is thrown into the page.
import { describe, expect, it, vi } from 'vitest';
import { buttonNamed, DEMO_RESULT, fakeActions, mountInShadow, press, ready } from './panel-helpers';

// The test runner wraps the thrown error in its own message: the panel says whichever it gets.
vi.mock('../../src/panel/hide-block-flow', () => {
  throw new Error('extension context invalidated');
});

describe('隐藏此块 when its picking fails to load', () => {
  it('says the failure and leaves the button usable', async () => {
    const actions = { ...fakeActions(), pickBlock: vi.fn(), confirmBlock: vi.fn() };
    const { root } = mountInShadow(ready(DEMO_RESULT), actions);
    await press(root, '隐藏此块 Hide this block');
    const said = root.querySelector('.sc-hide-block .sc-status-error')?.textContent ?? '';
    expect(said).toContain('未保存：');
    expect(said).toContain('Not saved: ');
    expect(buttonNamed(root, '隐藏此块 Hide this block').disabled).toBe(false);
    expect(actions.pickBlock).not.toHaveBeenCalled();
  });
});

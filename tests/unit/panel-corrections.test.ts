// The panel's 判断有误？ section, a disclosure whose content loads when opened: 仍然净化 on a page
// taken for "not an article", its undo on a page cleaned anyway, 这是公文 / 这不是公文 as two toggle
// buttons (pressing the pressed one gives the decision back), 复制诊断信息 with its confirmation; the
// section stays open across the re-analysis a correction starts; and none of it where the host
// cannot act.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Correction, PanelModel } from '../../src/common/model';
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

// The section's content loads when opened, and what a copy says at the copy (dynamic imports of the extension's own file, at once in
// the browser); here the test runner compiles the modules first, outside any test's settle().
beforeAll(() =>
  Promise.all([import('../../src/panel/corrections-view'), import('../../src/panel/copy-words')]),
);

const NOT_ARTICLE: PanelModel = {
  status: 'not-article',
  result: null,
  cleaned: false,
  error: null,
  corrections: { cleanAnyway: false, documentView: 'auto' },
};

function mount(model: PanelModel, withCorrections = true) {
  const actions = {
    ...fakeActions(),
    ...(withCorrections
      ? { correct: vi.fn((_: Correction) => {}), copyDiagnostics: vi.fn(async () => {}) }
      : {}),
  };
  return mountInShadow(model, actions);
}

/** Mounted, with 判断有误？ opened and its content loaded. */
async function opened(model: PanelModel) {
  const mounted = mount(model);
  await press(mounted.root, '判断有误？');
  return mounted;
}

const pressed = (button: HTMLButtonElement) => button.getAttribute('aria-pressed');

describe('判断有误？', () => {
  it('is closed at first: its heading is a disclosure, its buttons load when opened', async () => {
    const { root } = mount(ready(DEMO_RESULT));
    const heading = buttonNamed(root, '判断有误？');
    expect(heading.getAttribute('aria-expanded')).toBe('false');
    expect(() => buttonNamed(root, '这是公文')).toThrow();
    await press(root, '判断有误？');
    expect(heading.getAttribute('aria-expanded')).toBe('true');
    expect(pressed(buttonNamed(root, '这是公文'))).toBe('false');
    await press(root, '判断有误？');
    expect(heading.getAttribute('aria-expanded')).toBe('false');
    expect(() => buttonNamed(root, '这是公文')).toThrow();
  });

  it('stays open while a correction re-analyses the page (the panel shows loading meanwhile)', async () => {
    const { root, panel } = await opened(ready(DEMO_RESULT));
    panel.update({ status: 'loading', result: null, cleaned: true, error: null });
    await settle();
    expect(() => buttonNamed(root, '判断有误？')).toThrow();
    panel.update({ ...ready(DEMO_RESULT), corrections: { cleanAnyway: false, documentView: 'off' } });
    await settle();
    expect(pressed(buttonNamed(root, '这不是公文'))).toBe('true');
  });

  it('offers 仍然净化 on a page taken for "not an article"', async () => {
    const { root, actions } = await opened(NOT_ARTICLE);
    await click(buttonNamed(root, '仍然净化'));
    expect(actions.correct).toHaveBeenCalledWith('clean-anyway');
    expect(() => buttonNamed(root, '这是公文')).toThrow();
  });

  it('offers the undo, one click, on a page cleaned anyway', async () => {
    const { root, actions } = await opened({
      ...ready(DEMO_RESULT),
      corrections: { cleanAnyway: true, documentView: 'auto' },
    });
    await click(buttonNamed(root, '撤销仍然净化'));
    expect(actions.correct).toHaveBeenCalledWith('stop-cleaning');
    expect(() => buttonNamed(root, '仍然净化')).toThrow();
  });

  it('forces the document view off and on; the pressed button gives the decision back', async () => {
    const { root, actions, panel } = await opened(ready(DEMO_RESULT));
    expect(pressed(buttonNamed(root, '这是公文'))).toBe('false');
    expect(pressed(buttonNamed(root, '复制诊断信息'))).toBeNull();
    await click(buttonNamed(root, '这不是公文'));
    expect(actions.correct).toHaveBeenLastCalledWith('document-off');

    panel.update({
      ...ready({ ...DEMO_RESULT, document: null }),
      corrections: { cleanAnyway: false, documentView: 'off' },
    });
    await settle();
    expect(pressed(buttonNamed(root, '这不是公文'))).toBe('true');
    expect(pressed(buttonNamed(root, '这是公文'))).toBe('false');
    await click(buttonNamed(root, '这不是公文'));
    expect(actions.correct).toHaveBeenLastCalledWith('document-auto');
    await click(buttonNamed(root, '这是公文'));
    expect(actions.correct).toHaveBeenLastCalledWith('document-on');
  });

  it('copies the diagnostics and says so', async () => {
    const { root, actions } = await opened(NOT_ARTICLE);
    await click(buttonNamed(root, '复制诊断信息'));
    await settle();
    expect(actions.copyDiagnostics).toHaveBeenCalledTimes(1);
    expect(root.textContent).toContain('已复制诊断信息');
  });

  it('offers nothing on a tab whose page sent no corrections (the side panel beside a page that is not Sina)', () => {
    const { root } = mount({ ...NOT_ARTICLE, corrections: undefined });
    expect(root.textContent).not.toContain('判断有误');
    expect(() => buttonNamed(root, '复制诊断信息')).toThrow();
  });

  it('shows none of it where the host cannot correct the detector', () => {
    const { root } = mount(ready(DEMO_RESULT), false);
    expect(root.textContent).not.toContain('判断有误');
    expect(() => buttonNamed(root, '这不是公文')).toThrow();
  });
});

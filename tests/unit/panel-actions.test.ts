// What the panel asks for: copying (with confirmation and refusal), the restore toggle, collapsing
// to the tab (Escape, button) and opening again; the other states; English.
import { beforeAll, describe, expect, it } from 'vitest';
import { CopyError } from '../../src/common/copy-error';
import { detectLang } from '../../src/common/lang';
import { mountPanel, panelIn } from '../../src/panel/mount';
import { PANEL_CSS } from '../../src/panel/panel.css';
import { loadStrings } from '../../src/panel/strings';
import { removeAfterTest } from '../helpers/after-test';
import {
  aside,
  buttonNamed,
  click,
  DEMO_HTML,
  DEMO_RESULT,
  fakeActions,
  mountInShadow,
  press,
  ready,
  resultFrom,
  settle,
  WORDS,
} from './panel-helpers';

// The words a copy says load with the first copy (a dynamic import of the extension's own file, at
// once in the browser); here the test runner compiles the module first, outside any test's settle().
beforeAll(() => import('../../src/panel/copy-words'));

const liveText = (root: ParentNode) => root.querySelector('[aria-live="polite"]')?.textContent ?? null;

describe('copy', () => {
  it('copies the text with the button named 复制正文 and confirms in a polite live region', async () => {
    const { root, actions } = mountInShadow(ready(DEMO_RESULT));
    expect(liveText(root)).toBe('');
    await press(root, '复制正文');
    expect(actions.copy).toHaveBeenCalledWith('text');
    expect(liveText(root)).toContain('已复制');
  });

  it('offers Markdown and the summary as the other choices', async () => {
    const { root, actions } = mountInShadow(ready(DEMO_RESULT));
    await press(root, '复制 Markdown');
    expect(actions.copy).toHaveBeenLastCalledWith('markdown');
    expect(liveText(root)).toContain('已复制 Markdown');
    await press(root, '复制摘要');
    expect(actions.copy).toHaveBeenLastCalledWith('summary');
    expect(liveText(root)).toContain('已复制摘要');
  });

  it('shows the error’s message when the clipboard refuses', async () => {
    const actions = fakeActions(() => Promise.reject(new Error('剪贴板权限被拒绝')));
    const { root } = mountInShadow(ready(DEMO_RESULT), actions);
    await press(root, '复制正文');
    expect(liveText(root)).toBe('剪贴板权限被拒绝');
    expect(liveText(root)).not.toContain('已复制');
  });

  it('words the copy path’s own failures from the strings table, by their reason', async () => {
    const actions = fakeActions(() => Promise.reject(new CopyError('nothing', 'no text on this page')));
    const { root } = mountInShadow(ready(DEMO_RESULT), actions);
    await press(root, '复制正文');
    expect(liveText(root)).toBe('此页没有可复制的正文');
    actions.copy.mockImplementation(() => Promise.reject(new CopyError('refused', 'NotAllowedError')));
    await press(root, '复制正文');
    expect(liveText(root)).toBe('浏览器拒绝写入剪贴板，请点击页面后重试');
  });

  it('falls back to a plain message when the refusal carries none', async () => {
    const actions = fakeActions(() => Promise.reject(new Error('')));
    const { root } = mountInShadow(ready(DEMO_RESULT), actions);
    await press(root, '复制正文');
    expect(liveText(root)).toBe('浏览器拒绝写入剪贴板，请点击页面后重试');
  });
});

describe('restore toggle', () => {
  it('reads 显示原文 on the cleaned page and 恢复净读 on the original, and asks to toggle', async () => {
    const { root, panel, actions } = mountInShadow(ready(DEMO_RESULT, true));
    await click(buttonNamed(root, '显示原文'));
    expect(actions.toggleOriginal).toHaveBeenCalledTimes(1);
    panel.update(ready(DEMO_RESULT, false));
    await settle();
    expect(() => buttonNamed(root, '显示原文')).toThrow();
    await click(buttonNamed(root, '恢复净读'));
    expect(actions.toggleOriginal).toHaveBeenCalledTimes(2);
  });
});

describe('collapsing the in-page panel', () => {
  it('collapses to a tab on Escape, keeps the landmark, moves focus to the tab and tells the entry', async () => {
    const { root, actions } = mountInShadow(ready(DEMO_RESULT));
    const copyButton = buttonNamed(root, '复制正文');
    copyButton.focus();
    await settle();
    copyButton.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(aside(root).getAttribute('aria-label')).toBe('新浪财经净读');
    const buttons = root.querySelectorAll('button');
    expect(buttons).toHaveLength(1);
    const tab = buttonNamed(root, '打开新浪财经净读');
    expect(tab.textContent).toBe('净读');
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(root.activeElement).toBe(tab);
    expect(actions.collapse).toHaveBeenCalledTimes(1);
  });

  it('opens again from the tab (focus to the panel) and from open() (focus left alone)', async () => {
    const { root, panel } = mountInShadow(ready(DEMO_RESULT));
    await press(root, '收起');
    await press(root, '打开新浪财经净读');
    expect(root.activeElement).toBe(buttonNamed(root, '收起'));

    await press(root, '收起');
    document.body.focus();
    panel.open();
    await settle();
    expect(buttonNamed(root, '复制正文')).toBeTruthy();
    expect(root.activeElement).toBeNull();
  });

  it('can start collapsed', () => {
    const { root } = mountInShadow(ready(DEMO_RESULT), fakeActions(), { collapsed: true });
    expect(buttonNamed(root, '打开新浪财经净读')).toBeTruthy();
  });

  it('docks at the chosen side', () => {
    const { root } = mountInShadow(ready(DEMO_RESULT), fakeActions(), { side: 'left' });
    expect(aside(root).classList).toContain('sc-left');
  });
});

describe('the side-panel variant', () => {
  it('fills its page, has no collapse control, and ignores Escape', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const actions = fakeActions();
    const panel = mountPanel(host, ready(DEMO_RESULT), actions, {
      side: 'right',
      inPage: false,
      words: WORDS.zh,
    });
    removeAfterTest(() => {
      panel.unmount();
      host.remove();
    });
    expect(aside(host).classList).toContain('sc-fill');
    expect(() => buttonNamed(host, '收起')).toThrow();
    buttonNamed(host, '复制正文').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    await settle();
    expect(buttonNamed(host, '复制正文')).toBeTruthy();
    expect(actions.collapse).not.toHaveBeenCalled();
  });

  it('leaves nothing behind when unmounted', () => {
    const host = document.createElement('div');
    const panel = mountPanel(host, ready(DEMO_RESULT), fakeActions(), {
      side: 'right',
      inPage: false,
      words: WORDS.zh,
    });
    expect(host.children).toHaveLength(2);
    panel.unmount();
    expect(host.children).toHaveLength(0);
  });
});

describe('states without a result', () => {
  it('shows a small loading notice', () => {
    const { root } = mountInShadow(
      { status: 'loading', result: null, cleaned: false, error: null },
      fakeActions(),
    );
    expect(root.textContent).toContain('正在净读');
    expect(root.querySelector('.sc-copy')).toBeNull();
  });

  it('says there is nothing to clean on a page that is not an article', () => {
    const { root } = mountInShadow(
      { status: 'not-article', result: null, cleaned: false, error: null },
      fakeActions(),
    );
    expect(root.textContent).toContain('此页不是文章页');
  });

  it('shows our error with its message, as an alert, and nothing else', () => {
    const { root } = mountInShadow(
      { status: 'error', result: null, cleaned: false, error: 'TypeError: x is undefined' },
      fakeActions(),
    );
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('净读出错，页面保持原样');
    expect(alert?.textContent).toContain('TypeError: x is undefined');
    expect(root.querySelector('.sc-copy')).toBeNull();
  });

  it('updates from loading to ready', async () => {
    const { root, panel } = mountInShadow(
      { status: 'loading', result: null, cleaned: false, error: null },
      fakeActions(),
    );
    panel.update(ready(DEMO_RESULT));
    await settle();
    expect(buttonNamed(root, '复制正文')).toBeTruthy();
  });
});

describe('English', () => {
  it('names everything in English when lang is en', () => {
    const { root } = mountInShadow(ready(DEMO_RESULT), fakeActions(), { lang: 'en' });
    expect(aside(root).getAttribute('aria-label')).toBe('Sina Clean');
    expect(aside(root).getAttribute('lang')).toBe('en');
    for (const name of ['Copy text', 'Copy Markdown', 'Copy summary', 'Show original', 'Collapse']) {
      expect(buttonNamed(root, name)).toBeTruthy();
    }
    const headers = [...root.querySelectorAll('th')].map((th) => th.textContent);
    expect(headers).toEqual(['Issuer', 'Document No.', 'Date', 'Addressed to', 'Note']);
    expect(root.querySelector('nav')?.getAttribute('aria-label')).toBe('Outline');
    expect(root.querySelector('.sc-badge')?.textContent).toBe('Notice 通知');
    expect(root.textContent).toContain('2023-09-28');
  });

  it('says Clean again on the original page and Not the full text on an abridged text', () => {
    const abridged = resultFrom(DEMO_HTML.replace('（此件公开发布）', '（本文有删减）'));
    const { root } = mountInShadow(ready(abridged, false), fakeActions(), { lang: 'en' });
    expect(buttonNamed(root, 'Clean again')).toBeTruthy();
    expect(root.querySelector('.sc-warn')?.textContent).toContain(
      'Not the full text: the republisher notes “本文有删减”',
    );
  });

  it('follows the browser language when lang is not given, loading its words', async () => {
    expect(detectLang('zh-CN')).toBe('zh');
    expect(detectLang('zh-TW')).toBe('zh');
    expect(detectLang('en-US')).toBe('en');
    expect(detectLang('de')).toBe('en');
    expect(detectLang(undefined)).toBe('en');
    const expected = navigator.language.startsWith('zh') ? '新浪财经净读' : 'Sina Clean';
    const host = document.createElement('div');
    const panel = (await panelIn())(host, ready(DEMO_RESULT), fakeActions(), {
      side: 'right',
      inPage: false,
    });
    removeAfterTest(() => panel.unmount());
    expect(aside(host).getAttribute('aria-label')).toBe(expected);
    expect((await loadStrings('zh')).name).toBe('新浪财经净读');
    expect((await loadStrings('en')).name).toBe('Sina Clean');
  });
});

describe('stylesheet', () => {
  it('resets inherited page styles, shows focus, and has a dark theme', () => {
    expect(PANEL_CSS).toMatch(/\.sc-root \{\s*all: initial;/);
    expect(PANEL_CSS).toContain(':focus-visible');
    expect(PANEL_CSS).toContain('prefers-color-scheme: dark');
    // No pixel sizes for text or boxes: em only, so 200% zoom and user font sizes scale it.
    // (1px hairlines for borders and the visually hidden caption are the exception.)
    expect(new Set(PANEL_CSS.match(/[\d.]+px/g))).toEqual(new Set(['1px']));
  });
});

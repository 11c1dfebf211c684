// The options page's shortcuts: each command with the key the browser has bound now (or 未设置 where
// none is), in our own words (Chrome describes _execute_action with an empty string), how to change
// them in Chrome and Firefox in Chinese and then English, and a button that opens the browser's page.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => {
  const api = {
    commands: {
      getAll: vi.fn(async () => [
        { name: '_execute_action', shortcut: 'Alt+Shift+K', description: '' },
        { name: 'copy-text', shortcut: '', description: 'Copy text' },
        { name: 'open-panel', shortcut: 'Ctrl+Shift+9', description: 'Open the panel on the page' },
      ]),
    } as Record<string, unknown>,
    tabs: { create: vi.fn(async () => ({})) },
    i18n: { getMessage: (key: string) => key },
  };
  return api;
});
vi.mock('../../src/common/browser', () => ({ browser: api }));

const { Shortcuts } = await import('../../src/options/Shortcuts');

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  delete api.commands.openShortcutSettings;
});
afterEach(() => {
  render(null, host);
  host.remove();
});

async function mount(): Promise<void> {
  await act(async () => {
    render(<Shortcuts />, host);
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const rows = () =>
  [...host.querySelectorAll('tr')].map((row) => [
    row.querySelector('th')?.textContent,
    row.querySelector('td')?.textContent,
  ]);

describe('the shortcuts in the options page', () => {
  it('lists what the browser has bound now, in our words, and says where none is', async () => {
    await mount();
    expect(rows()).toEqual([
      ['commandSidePanel', 'Alt+Shift+K'],
      ['commandCopyText', 'optionsShortcutUnset'],
      ['commandOpenPanel', 'Ctrl+Shift+9'],
    ]);
  });

  it('says how to change them in Chrome and Firefox, Chinese first, then English', async () => {
    await mount();
    const items = [...host.querySelectorAll('.shortcut-help li')];
    expect(items).toHaveLength(2);
    for (const item of items)
      expect([...item.querySelectorAll('[lang]')].map((el) => el.getAttribute('lang'))).toEqual([
        'zh-CN',
        'en',
      ]);
    expect(items[0]?.textContent).toContain('chrome://extensions/shortcuts');
    expect(items[1]?.textContent).toContain('管理扩展快捷键');
    expect(items[1]?.textContent).toContain('Manage Extension Shortcuts');
  });

  it('opens Chrome’s shortcuts page in a tab, or Firefox’s own settings where it has them', async () => {
    await mount();
    const button = [...host.querySelectorAll('button')].find(
      (b) => b.textContent === 'optionsShortcutsChange',
    );
    button?.click();
    expect(api.tabs.create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
    const openShortcutSettings = vi.fn(async () => {});
    api.commands.openShortcutSettings = openShortcutSettings;
    button?.click();
    expect(openShortcutSettings).toHaveBeenCalledTimes(1);
    expect(api.tabs.create).toHaveBeenCalledTimes(1);
  });

  it('shows nothing rather than break the page where the browser gives no commands', async () => {
    api.commands.getAll = vi.fn(async () => {
      throw new Error('no commands API');
    });
    await mount();
    expect(host.querySelector('table tr')).toBeNull();
  });
});

// 隐藏此块 from the page's context menu on Sina pages: it asks the tab's content script to open its
// panel and start the picker there, as the `pick-block` command does (keyboard-commands.ts passes it
// on; no default key: every free combination clashes with some browser or keyboard layout, so the
// reader binds one in the browser's shortcut settings).
import { browser, type Tabs } from '../common/browser';
import { SINA_PAGES } from './copy-commands';
import { runCommand } from './keyboard-commands';

const MENU_ID = 'sina-clean-pick-block';

/** Made after the copy items (createMenus clears every menu first). */
export function createPickMenu(): void {
  // Firefox for Android has no context menus: 隐藏此块 is in the in-page panel there.
  browser.contextMenus?.create({
    id: MENU_ID,
    title: browser.i18n.getMessage('menuPickBlock'),
    contexts: ['page'],
    documentUrlPatterns: SINA_PAGES,
  });
}

export function listenForPick(): void {
  browser.contextMenus?.onClicked.addListener((info, tab?: Tabs.Tab) => {
    if (info.menuItemId === MENU_ID && tab) void runCommand('pick-block', tab);
  });
}

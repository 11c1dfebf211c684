// 隐藏此块 from outside the panel: an item of the page's context menu on Sina pages and the
// `pick-block` command (no default key: every free combination clashes with some browser or
// keyboard layout; the reader binds one in the browser's shortcut settings). Both ask the tab's
// content script to open its panel and start the picker there.
import { browser, type Tabs } from '../common/browser';
import type { PickRequest } from '../common/messages';
import { SINA_PAGES } from './copy-commands';

const MENU_ID = 'sina-clean-pick-block';
const COMMAND = 'pick-block';

/** Made after the copy items (createMenus clears every menu first). */
export function createPickMenu(): void {
  browser.contextMenus.create({
    id: MENU_ID,
    title: browser.i18n.getMessage('menuPickBlock'),
    contexts: ['page'],
    documentUrlPatterns: SINA_PAGES,
  });
}

function askTab(tabId: number | undefined): void {
  if (tabId === undefined || tabId < 0) return;
  const message: PickRequest = { type: 'sina-clean/pick' };
  // A tab without our content script has nobody to answer: nothing to pick there.
  browser.tabs.sendMessage(tabId, message).catch(() => {});
}

export function listenForPick(): void {
  browser.contextMenus.onClicked.addListener((info, tab?: Tabs.Tab) => {
    if (info.menuItemId === MENU_ID) askTab(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command, tab?: Tabs.Tab) => {
    if (command !== COMMAND) return;
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    askTab(target?.id);
  });
}

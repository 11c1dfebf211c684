// Copy from outside the page: the page's context menu (text, Markdown or the citation; over a
// selection, the selection with its source) and the keyboard shortcut (the format chosen in the
// options, plain text by default). The background has no clipboard of its own: it asks the tab's
// content script, which writes it from the page.

import { browser, type Tabs } from '../common/browser';
import type { CopyAsked, CopyRequest, Replies } from '../common/messages';

export const SINA_PAGES = ['*://*.sina.com.cn/*', '*://*.sina.cn/*'];

type MenuContext = 'page' | 'selection';

/** Over a selection the menu offers only the selection: the page's items would copy more than chosen. */
const MENU: { id: string; format: CopyAsked; title: string; context: MenuContext }[] = [
  { id: 'sina-clean-copy-text', format: 'text', title: 'menuCopyText', context: 'page' },
  { id: 'sina-clean-copy-markdown', format: 'markdown', title: 'menuCopyMarkdown', context: 'page' },
  { id: 'sina-clean-copy-citation', format: 'citation', title: 'menuCopyCitation', context: 'page' },
  { id: 'sina-clean-copy-selection', format: 'selection', title: 'menuCopySelection', context: 'selection' },
];

/** Menus persist in the browser: made once per install or update, after clearing the old ones. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of MENU) {
    browser.contextMenus.create({
      id: item.id,
      title: browser.i18n.getMessage(item.title),
      contexts: [item.context],
      documentUrlPatterns: SINA_PAGES,
    });
  }
}

function askTab(tabId: number | undefined, format: CopyAsked): void {
  if (tabId === undefined || tabId < 0) return;
  // A tab without our content script (not a Sina page) has nobody to answer: nothing to copy there.
  // A refusal is shown by no one: the background has no view (the in-page panel shows its own).
  request(tabId, { type: 'sina-clean/copy', format }).catch(() => {});
}

/** Send a request to a tab's content script; the reply's type is the request's own. */
function request<T extends CopyRequest>(tabId: number, message: T): Promise<Replies[T['type']]> {
  return browser.tabs.sendMessage(tabId, message) as Promise<Replies[T['type']]>;
}

export function listenForCopy(): void {
  browser.contextMenus.onClicked.addListener((info, tab?: Tabs.Tab) => {
    const item = MENU.find((each) => each.id === info.menuItemId);
    if (item) askTab(tab?.id, item.format);
  });
  browser.commands.onCommand.addListener(async (command, tab?: Tabs.Tab) => {
    if (command !== 'copy-text') return;
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    askTab(target?.id, 'default');
  });
}

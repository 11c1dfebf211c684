// The page's context menu for correcting the detector: 仍然净化 on a page taken for "not an article",
// 这是公文 / 这不是公文 on an article, and 撤销更正, one click that takes back the one that holds. The
// background only relays the reader's choice to the tab's content script, which applies and
// remembers it.
import { browser, type Tabs } from '../common/browser';
import type { CorrectRequest } from '../common/messages';
import type { Correction } from '../common/model';
import { SINA_PAGES } from './copy-commands';

const MENU: { id: string; correction: Correction; title: string }[] = [
  { id: 'sina-clean-clean-anyway', correction: 'clean-anyway', title: 'menuCleanAnyway' },
  { id: 'sina-clean-document-on', correction: 'document-on', title: 'menuIsDocument' },
  { id: 'sina-clean-document-off', correction: 'document-off', title: 'menuNotDocument' },
  { id: 'sina-clean-undo-correction', correction: 'undo', title: 'menuUndoCorrection' },
];

/** Made after the copy menus (which clear every menu first), once per install or update. */
export function createCorrectionMenus(): void {
  // Firefox for Android has no context menus: the in-page panel corrects there.
  for (const item of browser.contextMenus ? MENU : []) {
    browser.contextMenus.create({
      id: item.id,
      title: browser.i18n.getMessage(item.title),
      contexts: ['page'],
      documentUrlPatterns: SINA_PAGES,
    });
  }
}

export function listenForCorrections(): void {
  browser.contextMenus?.onClicked.addListener((info, tab?: Tabs.Tab) => {
    const item = MENU.find((each) => each.id === info.menuItemId);
    if (!item || tab?.id === undefined || tab.id < 0) return;
    const request: CorrectRequest = { type: 'sina-clean/correct', correction: item.correction };
    // A tab without our content script has nobody to answer: nothing to correct there.
    browser.tabs.sendMessage(tab.id, request).catch(() => {});
  });
}

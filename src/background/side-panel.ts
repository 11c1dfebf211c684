// The toolbar button opens the browser's own side panel with the panel for the active tab. Chrome
// does it by itself once told to (sidePanel.setPanelBehavior); Firefox has sidebar_action, which the
// button toggles. Each branch runs only where its API exists. Where neither does (Firefox for Android
// has no side panel of any kind; its extension menu shows the button), the in-page panel is the only
// one, and the button opens it in the tab.
import { browser } from '../common/browser';
import type { OpenPanel } from '../common/messages';

export function openSidePanelOnAction(): void {
  // chrome.sidePanel is not in the polyfill; it is a promise API in Chrome's MV3.
  const sidePanel = typeof chrome === 'undefined' ? undefined : chrome.sidePanel;
  if (sidePanel) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
    return;
  }
  if (browser.sidebarAction) {
    browser.action.onClicked.addListener(() => {
      // Must run inside the click's user-action handler, before any await.
      browser.sidebarAction.toggle().catch(() => {});
    });
    return;
  }
  browser.action.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    const message: OpenPanel = { type: 'sina-clean/open-panel' };
    // A tab without our content script (not a Sina page) has no panel to open.
    browser.tabs.sendMessage(tab.id, message).catch(() => {});
  });
}

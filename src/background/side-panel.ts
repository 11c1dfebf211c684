// The toolbar button opens the browser's own side panel with the panel for the active tab. Chrome
// does it by itself once told to (sidePanel.setPanelBehavior); Firefox has sidebar_action, which the
// button toggles. Each branch runs only where its API exists. Where neither does (Firefox for Android
// has no side panel of any kind; its extension menu shows the button), the in-page panel is the only
// one, and the button opens it in the tab.
import { browser } from '../common/browser';
import { runCommand } from './keyboard-commands';

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
  // The same request as the open-panel command (a tab without our content script has none to open).
  browser.action.onClicked.addListener((tab) => void runCommand('open-panel', tab));
}

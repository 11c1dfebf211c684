// The background: menus, the shortcut and the toolbar button. It holds no state of its own (Chrome
// may stop the service worker at any time): listeners are registered at the top level, every start.
import { browser } from '../common/browser';
import { createMenus, listenForCopy } from './copy-commands';
import { createCorrectionMenus, listenForCorrections } from './correct-commands';
import { listenForCommands } from './keyboard-commands';
import { createPickMenu, listenForPick } from './pick-commands';
import { openSidePanelOnAction } from './side-panel';

browser.runtime.onInstalled.addListener(() => {
  createMenus()
    .then(createPickMenu)
    .then(createCorrectionMenus)
    .catch(() => {});
});
listenForCopy();
listenForCommands();
listenForPick();
listenForCorrections();
openSidePanelOnAction();

// The browser's side panel: the same panel as in the page, for the active tab. It opens a port to
// the tab's content script and renders each model posted on it; it reconnects when the user switches
// tabs or the tab loads a new page. A closed side panel holds no port, so no tab sends it anything.
// Copying happens here, in the focused panel, through the one copy path.

import { browser, type Runtime } from '../common/browser';
import { copyModel, copyModelClause, copyPlain } from '../common/clipboard';
import { type DetectorFromPanel, type FromPanel, isToPanel, PANEL_PORT } from '../common/messages';
import type { CopyFormat, PanelActions, PanelModel } from '../common/model';
import { DEFAULTS, loadSettings } from '../common/settings';
import { mountPanel } from '../panel/mount';
import { askDiagnostics, heardDiagnostics } from './diagnostics';
import { followsActiveTab, targetTab } from './target-tab';

const NOT_HERE: PanelModel = { status: 'not-article', result: null, cleaned: false, error: null };

let model: PanelModel = { status: 'loading', result: null, cleaned: false, error: null };
let port: Runtime.Port | null = null;
let tabId: number | null = null;

const app = document.getElementById('app') as HTMLElement;

function send(message: FromPanel | DetectorFromPanel): void {
  try {
    port?.postMessage(message);
  } catch {
    // The tab went away meanwhile: its disconnect shows that.
  }
}

// Read at each copy: the edition may have been changed in the options since the panel opened.
const edition = () =>
  loadSettings().then(
    (settings) => settings.citeEdition,
    () => DEFAULTS.citeEdition,
  );

const actions: PanelActions = {
  copy: async (format: CopyFormat) => copyModel(model, format, app, await edition()),
  copyClause: (clause) => copyModelClause(model, clause, app),
  toggleOriginal: () => send({ type: 'sina-clean/toggle-original' }),
  jumpTo: (block: number) => send({ type: 'sina-clean/jump', block }),
  correct: (correction) => send({ type: 'sina-clean/correct', correction }),
  copyDiagnostics: async () =>
    copyPlain(await askDiagnostics(() => send({ type: 'sina-clean/diagnose' })), app),
};

const panel = mountPanel(app, model, actions, { side: 'right', inPage: false });

function show(next: PanelModel): void {
  model = next;
  panel.update(model);
}

/** Follow the target tab: one port at a time, to the tab the panel speaks for. */
async function follow(): Promise<void> {
  port?.disconnect();
  port = null;
  tabId = await targetTab();
  if (tabId === null) return show(NOT_HERE);
  const mine = browser.tabs.connect(tabId, { name: PANEL_PORT });
  port = mine;
  // The answer crosses from a page's context: render it only if it has a model's shape.
  mine.onMessage.addListener((message: unknown) => {
    if (port === mine && isToPanel(message)) show(message.model);
    else if (port === mine) heardDiagnostics(message);
  });
  // A tab without our content script (not a Sina page, or still loading) closes the port at once.
  mine.onDisconnect.addListener(() => {
    if (port !== mine) return;
    port = null;
    show(NOT_HERE);
  });
}

browser.tabs.onActivated.addListener(() => {
  if (followsActiveTab()) void follow();
});
browser.tabs.onUpdated.addListener((id, change) => {
  if (id === tabId && change.status === 'complete') void follow();
});
void follow();

// The browser's side panel: the same panel as in the page, for the active tab. It opens a port to
// the tab's content script and renders each model posted on it; it reconnects when the user switches
// tabs or the tab loads a new page. A closed side panel holds no port, so no tab sends it anything.
// Copying happens here, in the focused panel, through the one copy path: the text of a format is
// asked of the tab's content script, which holds the analysis it is made from.

import { browser, type Runtime } from '../common/browser';
import { writeCopy } from '../common/clipboard';
import { CopyError } from '../common/copy-error';
import { clauseText } from '../common/copy-text';
import { type CopyTextRequest, type DetectorFromPanel, type FromPanel, PANEL_PORT } from '../common/messages';
import type { CopyFormat, MountedPanel, PanelActions, PanelModel } from '../common/model';
import { isCopyTextReply, isToPanel } from '../common/panel-receives';
import { panelIn } from '../panel/mount';
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

/** The text of `format`, made by the tab's content script; rejects with a CopyError where it cannot be had. */
async function textOf(format: CopyFormat): Promise<string> {
  if (tabId === null || model.status !== 'ready') return '';
  const request: CopyTextRequest = { type: 'sina-clean/copy-text', format };
  const reply: unknown = await browser.tabs.sendMessage(tabId, request).catch((error: unknown) => {
    throw new CopyError('refused', error instanceof Error ? error.message : String(error));
  });
  if (!isCopyTextReply(reply)) throw new CopyError('refused', 'no answer from the page');
  if (!reply.ok) throw new CopyError('refused', reply.error);
  return reply.text;
}

const actions: PanelActions = {
  copy: async (format: CopyFormat) => writeCopy(await textOf(format), format, app),
  copyClause: (clause) => writeCopy(model.result ? clauseText(model.result, clause) : '', 'clause', app),
  toggleOriginal: () => send({ type: 'sina-clean/toggle-original' }),
  jumpTo: (block: number) => send({ type: 'sina-clean/jump', block }),
  correct: (correction) => send({ type: 'sina-clean/correct', correction }),
  copyDiagnostics: async () =>
    writeCopy(await askDiagnostics(() => send({ type: 'sina-clean/diagnose' })), 'diagnostics', app),
};

/** Mounted once the words of the UI's language are loaded, with the model as it is by then. */
let panel: MountedPanel | null = null;
void panelIn().then((mount) => {
  panel = mount(app, model, actions, { side: 'right', inPage: false });
});

function show(next: PanelModel): void {
  model = next;
  panel?.update(model);
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

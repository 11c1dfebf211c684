// The browser's side panel: the same panel as in the page, for the active tab. It asks the tab's
// content script for its model, re-asks when the user switches tabs or the tab loads a new page, and
// re-renders when the content script announces a change. Copying happens here, in the focused panel.

import { browser, type Runtime } from '../common/browser';
import { isMessage, type Message } from '../common/messages';
import type { CopyFormat, PanelActions, PanelModel } from '../common/model';
import { fromOurselves } from '../common/native';
import { mountPanel } from '../panel/mount';
import { followsActiveTab, targetTab } from './target-tab';

const NOT_HERE: PanelModel = { status: 'not-article', result: null, cleaned: false, error: null };

let tabId: number | null = null;
let model: PanelModel = { status: 'loading', result: null, cleaned: false, error: null };

function send(message: Message): Promise<unknown> {
  if (tabId === null) return Promise.reject(new Error('no tab'));
  return browser.tabs.sendMessage(tabId, message);
}

const actions: PanelActions = {
  async copy(format: CopyFormat) {
    const text = model.result?.[format];
    if (!text) throw new Error('此页没有可复制的正文。Nothing to copy on this page.');
    try {
      await navigator.clipboard.writeText(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`浏览器拒绝写入剪贴板。The browser refused the clipboard. (${reason})`);
    }
  },
  toggleOriginal() {
    send({ type: 'sina-clean/toggle-original' }).then(show, () => {});
  },
  jumpTo(block: number) {
    send({ type: 'sina-clean/jump', block }).catch(() => {});
  },
};

const app = document.getElementById('app') as HTMLElement;
const panel = mountPanel(app, model, actions, { side: 'right', inPage: false });

function show(next: unknown): void {
  // The answer crosses from a page's context: render it only if it has a model's shape.
  const message = { type: 'sina-clean/model-changed', model: next };
  model = isMessage(message) && message.type === 'sina-clean/model-changed' ? message.model : NOT_HERE;
  panel.update(model);
}

async function refresh(): Promise<void> {
  tabId = await targetTab();
  // A tab without our content script (not a Sina page, or still loading) has nothing to say.
  await send({ type: 'sina-clean/get-model' }).then(show, () => show(NOT_HERE));
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!fromOurselves(sender) || !isMessage(message)) return undefined;
  if (message.type === 'sina-clean/model-changed' && sender.tab?.id === tabId) show(message.model);
  return undefined;
});
browser.tabs.onActivated.addListener(() => {
  if (followsActiveTab()) void refresh();
});
browser.tabs.onUpdated.addListener((id, change) => {
  if (id === tabId && change.status === 'complete') void refresh();
});
void refresh();

// What the content script answers: the background's requests (copy from the context menu or a
// shortcut, the other keyboard commands, and open-panel: the toolbar button where there is no side
// panel), the side panel's requests for a copy's text, and the side panel's port, over which it
// posts the tab's model while the side panel is open and hears the
// user's clicks. Only our own contexts are heard, and only messages that pass their validator.

import type { Runtime } from '../common/browser';
import {
  type CopyAsked,
  type CopyReply,
  type CopyTextReply,
  type CopyTextRequest,
  type FromPanel,
  isCommandRequest,
  isCopyRequest,
  isCopyTextRequest,
  isFromPanel,
  isOpenPanel,
  isPickRequest,
  PANEL_PORT,
  type TabCommand,
  type ToPanel,
} from '../common/messages';
import type { PanelModel } from '../common/model';
import { fromOurselves, native } from '../common/native';
import { stillAlive } from './lifetime';

export interface ContentHandlers {
  /** The model with the analysis done (loaded on demand). */
  model(): Promise<PanelModel>;
  copy(format: CopyAsked): Promise<void>;
  /** The text of a format, for the side panel to write. */
  copyText(format: CopyTextRequest['format']): Promise<string>;
  command(name: TabCommand): Promise<void>;
  clicked(message: FromPanel): void;
  /** The toolbar button, where there is no side panel: open the in-page panel. */
  open(): void;
  /** Start 隐藏此块 (from the context menu or the shortcut). */
  pick(): void;
}

export interface Listening {
  /** Post the tab's new model to every open side panel. */
  publish(model: PanelModel): void;
  stop(): void;
}

/** Answer our contexts' requests and serve side panels' ports, until `signal` (the lifetime) ends. */
export function listen(handlers: ContentHandlers, signal: AbortSignal): Listening {
  const ports = new Set<Runtime.Port>();
  const post = (port: Runtime.Port, model: PanelModel) => {
    const message: ToPanel = { type: 'sina-clean/model', model };
    try {
      port.postMessage(message);
    } catch {
      ports.delete(port); // closed meanwhile
    }
  };

  // sendResponse and `return true`: the one way to answer later that Chrome and Firefox both accept.
  const onMessage = (
    message: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (reply: CopyReply | CopyTextReply) => void,
  ): true | undefined => {
    if (!fromOurselves(sender)) return undefined;
    if (isOpenPanel(message)) {
      handlers.open();
      return undefined;
    }
    if (isPickRequest(message)) {
      handlers.pick();
      return undefined;
    }
    const failed = (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) });
    if (isCopyTextRequest(message)) {
      handlers.copyText(message.format).then((text) => sendResponse({ ok: true, text }), failed);
      return true;
    }
    const done = isCopyRequest(message)
      ? handlers.copy(message.format)
      : isCommandRequest(message)
        ? handlers.command(message.command)
        : null;
    if (!done) return undefined;
    done.then(() => sendResponse({ ok: true }), failed);
    return true;
  };
  const onConnect = (port: Runtime.Port) => {
    if (port.name !== PANEL_PORT || !port.sender || !fromOurselves(port.sender)) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.onMessage.addListener((message: unknown) => {
      if (isFromPanel(message)) handlers.clicked(message);
    });
    handlers.model().then((model) => {
      if (ports.has(port)) post(port, model);
    });
  };
  native.runtime.onMessage.addListener(onMessage as Runtime.OnMessageListener);
  native.runtime.onConnect.addListener(onConnect);
  const listening: Listening = {
    publish(model) {
      // Where the extension has gone (updated or removed while the tab stayed open) a runtime call
      // would throw at once: none is made, and this script's lifetime ends.
      if (!stillAlive()) return;
      for (const port of ports) post(port, model);
    },
    stop() {
      native.runtime.onMessage.removeListener(onMessage as Runtime.OnMessageListener);
      native.runtime.onConnect.removeListener(onConnect);
      for (const port of ports) {
        try {
          port.disconnect();
        } catch {
          // The extension is gone: its ports went with it.
        }
      }
      ports.clear();
    },
  };
  signal.addEventListener('abort', () => listening.stop(), { once: true });
  return listening;
}

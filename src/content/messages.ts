// What the content script answers: the background's requests (copy from the context menu or a
// shortcut; the commands: open the panel, switch to the original, 隐藏此块), the side panel's requests
// for a copy's text, and the side panel's port, over which it posts the tab's model while the side
// panel is open and hears the user's clicks. Only our own contexts are heard, and only messages that
// pass their validator.

import type { Runtime } from '../common/browser';
import {
  type CopyAsked,
  type CopyReply,
  type CopyTextReply,
  type CopyTextRequest,
  type DiagnosticsToPanel,
  type FromPanel,
  isCommandRequest,
  isCopyRequest,
  isCopyTextRequest,
  isFromPanel,
  isObject,
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
  /**
   * A correction of the detector (the context menu's request, or the side panel's over its port) or
   * the side panel's request for the diagnostics: validated where it is handled, in the lazy half.
   * Resolves to the side panel's answer, if any.
   */
  detector(message: unknown): Promise<DiagnosticsToPanel | null>;
}

export interface Listening {
  /** Post the tab's new model to every open side panel. */
  publish(model: PanelModel): void;
  stop(): void;
}

/** Answer our contexts' requests and serve side panels' ports, until `signal` (the lifetime) ends. */
export function listen(handlers: ContentHandlers, signal: AbortSignal): Listening {
  const ports = new Set<Runtime.Port>();
  const post = (port: Runtime.Port, message: ToPanel | DiagnosticsToPanel) => {
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
    const failed = (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) });
    if (isCopyTextRequest(message)) {
      handlers.copyText(message.format).then((text) => sendResponse({ ok: true, text }), failed);
      return true;
    }
    // A correction from the context menu goes to the lazy half, which validates it there.
    const done = isCopyRequest(message)
      ? handlers.copy(message.format)
      : isCommandRequest(message)
        ? handlers.command(message.command)
        : isObject(message) && message.type === 'sina-clean/correct'
          ? handlers.detector(message)
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
      // What the lazy half refuses (not a message of ours), or diagnostics it could not gather, gets
      // no answer: the side panel stops waiting by itself. A correction's failure is in the panel.
      if (isFromPanel(message)) handlers.clicked(message);
      else
        handlers
          .detector(message)
          .then((reply) => reply && post(port, reply))
          .catch(() => {});
    });
    handlers.model().then((model) => {
      if (ports.has(port)) post(port, { type: 'sina-clean/model', model });
    });
  };
  native.runtime.onMessage.addListener(onMessage as Runtime.OnMessageListener);
  native.runtime.onConnect.addListener(onConnect);
  const listening: Listening = {
    publish(model) {
      // Where the extension has gone (updated or removed while the tab stayed open) a runtime call
      // would throw at once: none is made, and this script's lifetime ends.
      if (!stillAlive()) return;
      for (const port of ports) post(port, { type: 'sina-clean/model', model });
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

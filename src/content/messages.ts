// What the content script answers: the side panel asks for the model and sends the user's clicks,
// the background sends copy requests from the context menu and the keyboard shortcut. Only our own
// contexts are heard, and only messages that pass the validator.

import type { Runtime } from '../common/browser';
import { type CopyReply, isMessage, type Message } from '../common/messages';
import type { CopyFormat, PanelModel } from '../common/model';
import { fromOurselves, native } from '../common/native';
import { stillAlive } from './lifetime';

export interface ContentHandlers {
  /** The model with the analysis done (loaded on demand). */
  model(): Promise<PanelModel>;
  copy(format: CopyFormat | 'default'): Promise<void>;
  toggle(): void;
  jump(block: number): void;
}

/** Answer our contexts' messages; returns the way to stop. */
export function listen(handlers: ContentHandlers): () => void {
  // sendResponse and `return true`: the one way to answer later that Chrome and Firefox both accept.
  const listener = (
    message: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    if (!fromOurselves(sender) || !isMessage(message)) return undefined;
    const reply = answer(message, handlers);
    if (!reply) return undefined;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  const onMessage = native.runtime.onMessage;
  onMessage.addListener(listener as Runtime.OnMessageListener);
  return () => onMessage.removeListener(listener as Runtime.OnMessageListener);
}

function answer(message: Message, handlers: ContentHandlers): Promise<unknown> | undefined {
  switch (message.type) {
    case 'sina-clean/get-model':
      return handlers.model();
    case 'sina-clean/copy':
      return handlers.copy(message.format).then(
        (): CopyReply => ({ ok: true }),
        (error: unknown): CopyReply => ({
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    case 'sina-clean/toggle-original':
      handlers.toggle();
      return handlers.model();
    case 'sina-clean/jump':
      handlers.jump(message.block);
      return undefined;
    default:
      return undefined;
  }
}

/**
 * Tell the extension's pages (the side panel) that this tab's model changed; nobody listening is
 * fine. Where the extension has gone (updated or removed while the tab stayed open), `runtime.id` is
 * gone too and the call would throw at once instead of rejecting: it is not made, and this script's
 * lifetime ends.
 */
export function announce(model: PanelModel): void {
  const message: Message = { type: 'sina-clean/model-changed', model };
  if (stillAlive()) native.runtime.sendMessage(message).catch(() => {});
}

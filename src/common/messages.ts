// Every message between the extension's contexts: one discriminated union with namespaced type
// strings, and one validator that every receiver runs before trusting a message.
import { COPY_FORMATS, type CopyFormat, isOneOf, type PanelModel, STATUSES } from './model';

export type Message =
  /** side panel → content script: answer with the tab's PanelModel */
  | { type: 'sina-clean/get-model' }
  /** content script → extension pages: the tab's model changed (the side panel re-renders) */
  | { type: 'sina-clean/model-changed'; model: PanelModel }
  /** background (menu, shortcut) → content script: copy in this format, or the user's default */
  | { type: 'sina-clean/copy'; format: CopyFormat | 'default' }
  /** side panel → content script: switch between the cleaned page and the original */
  | { type: 'sina-clean/toggle-original' }
  /** side panel → content script: scroll to a block and highlight it */
  | { type: 'sina-clean/jump'; block: number };

export type MessageType = Message['type'];

/** What the content script answers to `copy`: the clipboard's refusal travels as text. */
export type CopyReply = { ok: true } | { ok: false; error: string };

/** What a copy request may ask for: a format, or the user's default. */
const COPY_REQUESTS = [...COPY_FORMATS, 'default'] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** A model is checked on its outer shape; its strings are only ever rendered as text. */
function isModel(value: unknown): value is PanelModel {
  return (
    isObject(value) &&
    isOneOf(STATUSES, value.status) &&
    typeof value.cleaned === 'boolean' &&
    (value.result === null || isObject(value.result)) &&
    (value.error === null || typeof value.error === 'string')
  );
}

/** Is `value` one of our messages, with the fields its type needs? */
export function isMessage(value: unknown): value is Message {
  if (!isObject(value) || typeof value.type !== 'string') return false;
  switch (value.type) {
    case 'sina-clean/get-model':
    case 'sina-clean/toggle-original':
      return true;
    case 'sina-clean/model-changed':
      return isModel(value.model);
    case 'sina-clean/copy':
      return isOneOf(COPY_REQUESTS, value.format);
    case 'sina-clean/jump':
      return typeof value.block === 'number' && Number.isInteger(value.block) && value.block >= 0;
    default:
      return false;
  }
}

// Every message between the extension's contexts, by direction, with namespaced type strings, and a
// validator for each receiver, run before a message is trusted. Two channels:
//   - a request with a typed reply: background (context menu, shortcut) → content script, `copy`;
//   - a port that the side panel opens to its tab's content script (tabs.connect, PANEL_PORT): the
//     content script posts the tab's model at once and after every change while the port is open,
//     and the side panel posts the user's clicks. A closed side panel receives nothing.
import { COPY_FORMATS, type CopyFormat, type Correction, isOneOf, type PanelModel, STATUSES } from './model';

/**
 * background → content script: copy in this format, or the user's default, or the reader's
 * selection (the whole text where nothing inside the article is selected). Answered by CopyReply.
 */
export type CopyRequest = { type: 'sina-clean/copy'; format: CopyAsked };
export type CopyAsked = CopyFormat | 'default' | 'selection';

/** What the content script answers to a CopyRequest: the clipboard's refusal travels as a reason. */
export type CopyReply = { ok: true } | { ok: false; error: string };

/**
 * background → content script (the context menu): correct the detector on this page. Answered by a
 * CopyReply. Its validator is in detector-messages.ts.
 */
export type CorrectRequest = { type: 'sina-clean/correct'; correction: Correction };

/** Each request with the type of its reply. */
export interface Replies {
  'sina-clean/copy': CopyReply;
  'sina-clean/correct': CopyReply;
}

/** The name of the port a side panel opens to a tab's content script. */
export const PANEL_PORT = 'sina-clean/panel';

/**
 * content script → side panel, over the port: the tab's model; the diagnostics text it asked for
 * (DiagnosticsToPanel, validated by detector-messages.ts).
 */
export type ToPanel = { type: 'sina-clean/model'; model: PanelModel };
export type DiagnosticsToPanel = { type: 'sina-clean/diagnostics'; text: string };

/** side panel → content script, over the port: switch cleaned/original, scroll to a block. */
export type FromPanel = { type: 'sina-clean/toggle-original' } | { type: 'sina-clean/jump'; block: number };

/**
 * side panel → content script, over the port: correct the detector; send the diagnostics text
 * (answered by a DiagnosticsToPanel). Validated by detector-messages.ts, in the lazy half: the page
 * script's budget has no room for these validators, and only a reader's click sends them.
 */
export type DetectorFromPanel = CorrectRequest | { type: 'sina-clean/diagnose' };

/** What a copy request may ask for: a format, the user's default, or the selection. */
const COPY_REQUESTS = [...COPY_FORMATS, 'default', 'selection'] as const;

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

export function isCopyRequest(value: unknown): value is CopyRequest {
  return isObject(value) && value.type === 'sina-clean/copy' && isOneOf(COPY_REQUESTS, value.format);
}

export function isToPanel(value: unknown): value is ToPanel {
  return isObject(value) && value.type === 'sina-clean/model' && isModel(value.model);
}

export function isFromPanel(value: unknown): value is FromPanel {
  if (!isObject(value)) return false;
  if (value.type === 'sina-clean/toggle-original') return true;
  return (
    value.type === 'sina-clean/jump' &&
    typeof value.block === 'number' &&
    Number.isInteger(value.block) &&
    value.block >= 0
  );
}

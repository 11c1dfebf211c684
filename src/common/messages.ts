// Every message between the extension's contexts, by direction, with namespaced type strings, and a
// validator for each receiver, run before a message is trusted (the side panel's own are in
// panel-receives.ts, out of the page script). Two channels:
//   - requests with a typed reply: background (context menu, shortcut) → content script, `copy`
//     and the keyboard's `command`; side panel → content script, `copy-text` (the text is made
//     where the analysis lives, and the side panel, which holds the reader's click, writes it);
//   - a port that the side panel opens to its tab's content script (tabs.connect, PANEL_PORT): the
//     content script posts the tab's model at once and after every change while the port is open,
//     and the side panel posts the user's clicks. A closed side panel receives nothing.
import { COPY_FORMATS, type CopyFormat, type Correction, isOneOf, type PanelModel } from './model';

/**
 * background → content script: copy in this format, or the user's default, or the reader's
 * selection (the whole text where nothing inside the article is selected). Answered by CopyReply.
 */
export type CopyRequest = { type: 'sina-clean/copy'; format: CopyAsked };
export type CopyAsked = CopyFormat | 'default' | 'selection';

/** What the content script answers to a CopyRequest: the clipboard's refusal travels as a reason. */
export type CopyReply = { ok: true } | { ok: false; error: string };

/** side panel → content script: the text of this format (or the user's default). Answered by CopyTextReply. */
export type CopyTextRequest = { type: 'sina-clean/copy-text'; format: CopyFormat | 'default' };

/** The text asked for (empty where the page has none of that kind), or why it could not be made. */
export type CopyTextReply = { ok: true; text: string } | { ok: false; error: string };

/**
 * What the background asks of the tab: open the in-page panel with the focus in it (a keyboard
 * command, or the toolbar button where the browser has no side panel: Firefox for Android), switch
 * between the cleaned page and the original, or start 隐藏此块 there (its command or the context
 * menu). The names are the manifest's commands, so the background passes a command on as it came.
 */
export const TAB_COMMANDS = ['open-panel', 'toggle-original', 'pick-block'] as const;
export type TabCommand = (typeof TAB_COMMANDS)[number];

/** background → content script: run a keyboard command. Answered by CopyReply's ok-or-reason. */
export type CommandRequest = { type: 'sina-clean/command'; command: TabCommand };

/**
 * background → content script (the context menu): correct the detector on this page. Answered by a
 * CopyReply. Its validator is in detector-messages.ts.
 */
export type CorrectRequest = { type: 'sina-clean/correct'; correction: Correction };

/** Each request with the type of its reply. */
export interface Replies {
  'sina-clean/copy': CopyReply;
  'sina-clean/copy-text': CopyTextReply;
  'sina-clean/command': CopyReply;
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

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export function isCopyRequest(value: unknown): value is CopyRequest {
  return isObject(value) && value.type === 'sina-clean/copy' && isOneOf(COPY_REQUESTS, value.format);
}

export function isCopyTextRequest(value: unknown): value is CopyTextRequest {
  return (
    isObject(value) &&
    value.type === 'sina-clean/copy-text' &&
    (value.format === 'default' || isOneOf(COPY_FORMATS, value.format))
  );
}

export function isCommandRequest(value: unknown): value is CommandRequest {
  return isObject(value) && value.type === 'sina-clean/command' && isOneOf(TAB_COMMANDS, value.command);
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

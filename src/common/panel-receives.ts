// The validators of what the side panel receives from a tab's content script: the model over the port
// and the answer to a copy-text request. They live apart from messages.ts because only the side panel
// runs them, and messages.ts is in every page's script.
import { type CopyTextReply, isObject, type ToPanel } from './messages';
import { isOneOf, type PanelModel, STATUSES } from './model';

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

export function isToPanel(value: unknown): value is ToPanel {
  return isObject(value) && value.type === 'sina-clean/model' && isModel(value.model);
}

/** A reply crosses from a page's context: its text is only ever written to the clipboard. */
export function isCopyTextReply(value: unknown): value is CopyTextReply {
  if (!isObject(value)) return false;
  return value.ok === true
    ? typeof value.text === 'string'
    : value.ok === false && typeof value.error === 'string';
}

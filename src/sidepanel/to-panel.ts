// The side panel's validator of what a tab's content script posts it (messages.ts has the types).
// It lives with its one receiver: every Sina page loads messages.ts, and no page needs this.
import { isObject, type ToPanel } from '../common/messages';
import { isOneOf, type PanelModel, STATUSES } from '../common/model';

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

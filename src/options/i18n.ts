// The options page's words come from _locales (the browser picks zh_CN or en); a key missing there
// shows as the key itself, which a review notices at once.
import { browser } from '../common/browser';

/** With `substitutions` for the message's $1, $2 … */
export const localized = (key: string, substitutions?: string[]): string =>
  browser.i18n.getMessage(key, substitutions) || key;

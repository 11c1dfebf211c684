// The main content script on Sina pages: settings, body ready, clean, panel, messages. It decides when
// and where; the core decides how. Never throws into the page.
import { MATCHERS } from './rule-matchers';
import { start } from './start';
import { claimSheet, hidingCss } from './stylesheet';

const sheet = claimSheet(document, hidingCss(MATCHERS));
start(sheet).catch(() => sheet.detach());

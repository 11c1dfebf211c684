// The first thing on a Sina page, synchronous at document_start (an IIFE: no module loading in
// between): the hiding sheet goes on before the parser paints anything. Its CSS was computed from the
// rule table at build time, so this file stays tiny. The main content script, loaded as a module a
// moment later, takes this sheet over (it may change it or take it off).
import { pageSheet, shareSheet } from './stylesheet';

try {
  const sheet = pageSheet(document, __HIDING_CSS__);
  sheet.attach();
  shareSheet(sheet);
} catch {
  // Nothing hidden early: the main script still cleans the body.
}

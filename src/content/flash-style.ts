// The highlight after a jump from the outline: one rule on a class of our own, in a sheet that is
// added on first use and kept (it matches nothing until a jump sets the class). The mark is taken off
// with the class attribute put back exactly as it was (or removed if there was none), so the page's
// HTML is unchanged once the mark is gone. Loaded with every page: a restore clears the mark.
import { type PageSheet, pageSheet } from './stylesheet';

const FLASH_CLASS = 'sina-clean-flash';

const FLASH_CSS = `.${FLASH_CLASS} {
  outline: 3px solid #e8a317 !important;
  outline-offset: 4px !important;
  background-color: rgba(255, 214, 0, 0.22) !important;
}`;

let sheet: PageSheet | null = null;

/** The element marked now, with its class attribute as it was before the mark. */
let current: { el: Element; classAttr: string | null; timer: ReturnType<typeof setTimeout> } | null = null;

/** Mark `el` for `ms`, remembering its class attribute so the mark leaves no trace. */
export function flash(el: Element, ms: number): void {
  clearFlash();
  ensureFlashStyle(el.ownerDocument);
  const classAttr = el.getAttribute('class');
  el.classList.add(FLASH_CLASS);
  current = { el, classAttr, timer: setTimeout(clearFlash, ms) };
}

/** Take the mark off now (before a restore, so the original HTML carries no trace of it). */
export function clearFlash(): void {
  if (!current) return;
  const { el, classAttr, timer } = current;
  current = null;
  clearTimeout(timer);
  if (classAttr === null) el.removeAttribute('class');
  else el.setAttribute('class', classAttr);
}

function ensureFlashStyle(doc: Document): void {
  if (sheet) return;
  sheet = pageSheet(doc, FLASH_CSS);
  sheet.attach();
}

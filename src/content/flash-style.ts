// The highlight after a jump from the outline: one rule on a class of our own, in a sheet that is
// added on first use and kept (it matches nothing until a jump sets the class). Loaded with the
// first jump; taking the mark off again is flash-mark.ts, which every page loads.
import { clearFlash, setFlash } from './flash-mark';
import { type PageSheet, pageSheet } from './stylesheet';

const FLASH_CLASS = 'sina-clean-flash';

const FLASH_CSS = `.${FLASH_CLASS} {
  outline: 3px solid #e8a317 !important;
  outline-offset: 4px !important;
  background-color: rgba(255, 214, 0, 0.22) !important;
}`;

let sheet: PageSheet | null = null;

/** Mark `el` for `ms`, remembering its class attribute so the mark leaves no trace. */
export function flash(el: Element, ms: number): void {
  clearFlash();
  ensureFlashStyle(el.ownerDocument);
  const classAttr = el.getAttribute('class');
  el.classList.add(FLASH_CLASS);
  setFlash({ el, classAttr, timer: setTimeout(clearFlash, ms) });
}

function ensureFlashStyle(doc: Document): void {
  if (sheet) return;
  sheet = pageSheet(doc, FLASH_CSS);
  sheet.attach();
}

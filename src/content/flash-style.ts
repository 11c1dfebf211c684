// The highlight after a jump from the outline: one rule on a class of our own, in a sheet that is
// added on first use and kept (it matches nothing until a jump sets the class).
import { type PageSheet, pageSheet } from './stylesheet';

export const FLASH_CLASS = 'sina-clean-flash';

const FLASH_CSS = `.${FLASH_CLASS} {
  outline: 3px solid #e8a317 !important;
  outline-offset: 4px !important;
  background-color: rgba(255, 214, 0, 0.22) !important;
}`;

let sheet: PageSheet | null = null;

export function ensureFlashStyle(doc: Document): void {
  if (sheet) return;
  sheet = pageSheet(doc, FLASH_CSS);
  sheet.attach();
}

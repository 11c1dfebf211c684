// Clicking a clause: scroll to its block and mark it for a moment. Loaded with the analysis, since
// only a panel that has the outline can ask for it. The mark is one rule on a class of our own, in a
// sheet that is added on first use and kept (it matches nothing until a jump sets the class); the
// page script knows how to take the mark off (flash-style.ts).
import { clearFlash, setFlash } from './flash-style';
import { type PageSheet, pageSheet } from './stylesheet';

const FLASH_MS = 2000;

const FLASH_CLASS = 'sina-clean-flash';

const FLASH_CSS = `.${FLASH_CLASS} {
  outline: 3px solid #e8a317 !important;
  outline-offset: 4px !important;
  background-color: rgba(255, 214, 0, 0.22) !important;
}`;

let sheet: PageSheet | null = null;

/** Mark `el` for `ms`, remembering its class attribute so the mark leaves no trace. */
function flash(el: Element, ms: number): void {
  clearFlash();
  if (!sheet) {
    sheet = pageSheet(el.ownerDocument, FLASH_CSS);
    sheet.attach();
  }
  const classAttr = el.getAttribute('class');
  el.classList.add(FLASH_CLASS);
  setFlash({ el, classAttr, timer: setTimeout(clearFlash, ms) });
}

export function jumpTo(el: Element): void {
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  flash(el, FLASH_MS);
}

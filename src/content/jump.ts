// Clicking a clause: scroll to its block and mark it for a moment. The mark is a class from our own
// sheet, taken off afterwards with the class attribute put back exactly as it was (or removed if
// there was none), so the page's HTML is unchanged once the mark is gone.
import { ensureFlashStyle, FLASH_CLASS } from './flash-style';

const FLASH_MS = 2000;

let current: { el: Element; classAttr: string | null; timer: ReturnType<typeof setTimeout> } | null = null;

/** Take the mark off now (before a restore, so the original HTML carries no trace of it). */
export function clearFlash(): void {
  if (!current) return;
  const { el, classAttr, timer } = current;
  current = null;
  clearTimeout(timer);
  if (classAttr === null) el.removeAttribute('class');
  else el.setAttribute('class', classAttr);
}

export function jumpTo(el: Element): void {
  clearFlash();
  ensureFlashStyle(el.ownerDocument);
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  const classAttr = el.getAttribute('class');
  el.classList.add(FLASH_CLASS);
  current = { el, classAttr, timer: setTimeout(clearFlash, FLASH_MS) };
}

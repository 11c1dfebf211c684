// Clicking a clause: scroll to its block and mark it for a moment (flash-style.ts). Loaded at the
// first such click, since only a panel that has the outline can ask for it.
import { flash } from './flash-style';

const FLASH_MS = 2000;

export function jumpTo(el: Element): void {
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  flash(el, FLASH_MS);
}

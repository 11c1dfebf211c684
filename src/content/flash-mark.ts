// The mark a jump from the outline leaves on a block (flash-style.ts puts it on), and taking it off:
// the class attribute put back exactly as it was (or removed if there was none), so the page's HTML
// is unchanged once the mark is gone. Only this half loads with every page, since a restore must
// clear the mark; putting it on (and its stylesheet) loads with the outline.

/** The element marked now, with its class attribute as it was before the mark. */
export interface FlashMark {
  el: Element;
  classAttr: string | null;
  timer: ReturnType<typeof setTimeout>;
}

let current: FlashMark | null = null;

/** Remember the mark just put on (after clearing the one before). */
export function setFlash(mark: FlashMark): void {
  clearFlash();
  current = mark;
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

// The mark a jump from the outline leaves on a block (jump.ts draws it): the page script keeps only
// how to take it off, since a restore must clear it before the original HTML comes back. The mark
// is taken off with the class attribute put back exactly as it was (or removed if there was none),
// so the page's HTML is unchanged once the mark is gone.

/** The element marked now, with its class attribute as it was before the mark. */
export interface FlashMark {
  el: Element;
  classAttr: string | null;
  timer: ReturnType<typeof setTimeout>;
}

let current: FlashMark | null = null;

/** Remember the mark just set (the one before was taken off first). */
export function setFlash(mark: FlashMark): void {
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

// The mark a jump from the outline leaves for a moment (content/lazy/flash.ts sets it), taken off with
// the class attribute put back exactly as it was (or removed if there was none), so the page's HTML is
// unchanged once the mark is gone. Loaded with every page: a restore clears the mark.

/** The element marked now, with its class attribute as it was before the mark. */
export interface Mark {
  el: Element;
  classAttr: string | null;
  timer: ReturnType<typeof setTimeout>;
}

let current: Mark | null = null;

/** A new mark (the one before it is cleared first by its maker). */
export const marked = (mark: Mark): void => {
  current = mark;
};

/** Take the mark off now (before a restore, so the original HTML carries no trace of it). */
export function clearFlash(): void {
  if (!current) return;
  const { el, classAttr, timer } = current;
  current = null;
  clearTimeout(timer);
  if (classAttr === null) el.removeAttribute('class');
  else el.setAttribute('class', classAttr);
}

// Where the in-page panel may stand without covering the article's text. The panel is fixed to one
// side of the window; the text's horizontal extent (the union of its text boxes, as the reader sees
// them) says how much of that side is free. Used by panel-host.ts, which decides.
import type { PanelSide } from '../common/model';

/** The panel's width plus its two gaps from the window's edge and the text, in em (panel.css.ts). */
export const PANEL_ROOM_EM = 24 + 2 * 0.75;
/** The tab's width with a hair of air, in em (panel-host.ts, panel.css.ts). */
export const TAB_ROOM_EM = 2.5;
/** The narrowest text column, in em, that the page is narrowed to so that the panel fits beside it. */
export const MIN_TEXT_EM = 40;

/**
 * Free width, in em of the panel's font, between the body's text and the window's edge on `side`;
 * Infinity where no text shows. `margin` is the px that <html> is narrowed by on the right: the
 * root's clientWidth leaves it out, the window's edge does not.
 */
export function freeBeside(body: Element, side: PanelSide, em: number, margin: number): number {
  const doc = body.ownerDocument;
  const range = doc.createRange();
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    range.selectNodeContents(node);
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width === 0) continue;
      left = Math.min(left, rect.left);
      right = Math.max(right, rect.right);
    }
  }
  if (left > right) return Number.POSITIVE_INFINITY;
  return (side === 'right' ? doc.documentElement.clientWidth + margin - right : left) / em;
}

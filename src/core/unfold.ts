// The mobile fold: sina.cn cuts the article card (section.s_card.z_c1) to a fixed inline height behind
// a 展开全文 / 打开新浪新闻 阅读全文 mask. The `unfold` action opens it: an element with an inline cap
// keeps its place and loses the cap; an element without one is the mask and goes, unless it holds
// what a reader came for, which an unfold never takes away (it leaves such an element as it is).

/** Inline declarations that cap a card's height. */
const CAP = new Set(['height', 'max-height', 'overflow', 'overflow-y']);

/** The element's style attribute without its cap; null where it has no cap to lift. */
export function liftedStyle(el: Element): string | null {
  const style = el.getAttribute('style');
  if (!style) return null;
  const declarations = style.split(';');
  const kept = declarations.filter((each) => !CAP.has((each.split(':')[0] ?? '').trim().toLowerCase()));
  return kept.length === declarations.length ? null : kept.join(';').trim();
}

/** What a reader came for: the text, its headline, images, tables and videos. */
const READER_CONTENT = 'p, h1, article, img, video, table';

/** Does unfolding `node` take it out of the page (a fold mask), rather than lift its cap or leave it? */
export function unfoldRemoves(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return liftedStyle(el) === null && !el.matches(READER_CONTENT) && !el.querySelector(READER_CONTENT);
}

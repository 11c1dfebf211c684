// The body of a Sina article whose layout no selector in detect.ts knows (a new template, a family
// nobody has listed, or renamed classes). Called only where no known body container is found, so it
// costs nothing on the pages the selectors handle. Two things must both hold: the page's metadata
// says it is an article, and one element holds most of the page's sentences. Home, list,
// search and quote pages have neither. It loads apart from detect.ts: the pipeline passes it to
// detect, and the content script fetches it (a chunk of its own) only where detect says a page needs it.
import { collapseSpace, textOf } from './text';

/** Paragraphs shorter than this are captions, bylines and buttons, not the article's text. */
const MIN_PARAGRAPH = 8;
/**
 * Sentence punctuation: article paragraphs are sentences; footers, tickers and link lists
 * (电话：400-690-0000, 新浪简介 | 广告服务) mostly are not, and would otherwise outweigh a short article.
 */
const SENTENCE = /[。！？；!?]/;
/** Less sentence text than this in the best block is a teaser or a card, not an article. */
const MIN_BODY = 140;
/** The best block must hold at least this share of all sentence text on the page. */
const DOMINANT_SHARE = 0.5;

/**
 * The fallback body: the element whose own paragraphs (its child <p>s of sentences) hold the most text, where that is at
 * least half of the page's sentence text: one dominant block. Null where the text is spread over many blocks
 * (a list or a home page) or there is too little of it. detect calls it only where the metadata says
 * article and no known body container was found.
 */
export function fallbackBody(doc: Document): Element | null {
  const { best, bestScore, total } = bestBlock(doc);
  return best && bestScore >= MIN_BODY && bestScore >= total * DOMINANT_SHARE ? best : null;
}

/**
 * The page's main text block for 仍然净化, where the reader overrules the detector: the fallback's
 * choice where it makes one, else the element whose paragraphs hold the most sentence text, however
 * little and however spread the text is. Null only where the page has no sentence at all.
 */
export function mainTextBlock(doc: Document): Element | null {
  return fallbackBody(doc) ?? bestBlock(doc).best;
}

/** The element whose own paragraphs of sentences hold the most text, its share, and all such text on the page. */
function bestBlock(doc: Document): { best: Element | null; bestScore: number; total: number } {
  const scores = new Map<Element, number>();
  let total = 0;
  for (const p of Array.from(doc.body?.querySelectorAll('p') ?? [])) {
    // A paragraph that is only a link is a list entry, not text.
    const onlyLink = p.children.length === 1 && p.firstElementChild?.tagName.toUpperCase() === 'A';
    const text = collapseSpace(textOf(p));
    const parent = p.parentElement;
    if (text.length < MIN_PARAGRAPH || onlyLink || !parent || !SENTENCE.test(text)) continue;
    total += text.length;
    scores.set(parent, (scores.get(parent) ?? 0) + text.length);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return { best, bestScore, total };
}

// A standard DOM for saved pages in Node: jsdom, whose parser follows the HTML standard as browsers do
// (quirks-mode tables inside paragraphs, implied end tags), so the CLI sees the tree the content
// script sees. Pages are parsed by the DOMParser of ONE shared, empty jsdom window: a window per page
// (its globals, interfaces and style engine) cost as much as the parse itself, and a parsed document
// has no browsing context, so its scripts never run, nothing is fetched and its styles are not applied.
import { JSDOM, VirtualConsole } from 'jsdom';

/** Style sheets' text, for the retry below. */
const STYLE_TEXT = /(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi;

let shared: JSDOM | null = null;

function parser(): DOMParser {
  // Saved pages carry CSS that jsdom cannot parse; its complaints are not ours to print.
  shared ??= new JSDOM('', { virtualConsole: new VirtualConsole() });
  return new shared.window.DOMParser();
}

export function parseHtml(html: string): Document {
  try {
    return parser().parseFromString(html, 'text/html');
  } catch {
    // Some real pages' CSS has made jsdom throw while it builds the tree. The text never depends on
    // style sheets, so parse again with them emptied.
    return parser().parseFromString(html.replace(STYLE_TEXT, '$1$2'), 'text/html');
  }
}

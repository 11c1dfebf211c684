// A standard DOM for saved pages in Node: jsdom, whose parser follows the HTML standard as browsers do
// (quirks-mode tables inside paragraphs, implied end tags), so the CLI sees the tree the content
// script sees. Scripts never run and nothing is fetched: jsdom's defaults, stated here on purpose.
import { JSDOM, VirtualConsole } from 'jsdom';

/** Style sheets' text, for the retry below. */
const STYLE_TEXT = /(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi;

export function parseHtml(html: string, url?: string): { document: Document; close: () => Promise<void> } {
  let dom: JSDOM;
  try {
    dom = build(html, url);
  } catch {
    // jsdom parses every <style> as it builds the tree, and some real pages' CSS makes it throw.
    // The text never depends on style sheets, so parse again with them emptied.
    dom = build(html.replace(STYLE_TEXT, '$1$2'), url);
  }
  return {
    document: dom.window.document,
    close: async () => dom.window.close(),
  };
}

function build(html: string, url: string | undefined): JSDOM {
  return new JSDOM(html, {
    runScripts: undefined,
    resources: undefined,
    pretendToBeVisual: false,
    // Saved pages carry CSS that jsdom cannot parse; its complaints are not ours to print.
    virtualConsole: new VirtualConsole(),
    ...(url ? { url } : {}),
  });
}

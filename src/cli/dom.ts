// A standard DOM for saved pages in Node. The tree is built by parse5, the HTML standard's parser as
// browsers run it (quirks-mode tables inside paragraphs, implied end tags, foster parenting), so the
// CLI sees the tree the content script sees; the nodes are linkedom's, a light DOM whose nodes cost a
// fraction of jsdom's (jsdom runs the same parse5 but builds every node through its interface layer:
// 51 against 26 ms a page to parse, and the pipeline runs 15 against 3 ms on its nodes, on the shared
// pages). linkedom's own parser is faster still but does not follow the standard's tree building.
// parse5's tokenizer goes one character at a time; ours takes plain runs of characters in one step
// (run-tokenizer.ts), for the same tokens: parse and pipeline 51.6 against 30.2 ms of CPU a page.
// jsdom also built two trees no browser builds (text fostered out of a table went after it; a second
// <body> tag overwrote the first's attributes): tests/unit/cli-dom.test.ts.
// The page is parsed as a browser with scripts on parses it (the page the content script sees), so a
// <noscript> holds text. A parsed document has no browsing context: its scripts never run, nothing is
// fetched, no style applies.
import { DOMParser as LinkedomParser } from 'linkedom';
import { Parser, type ParserOptions } from 'parse5';
import { type DomTypes, linkedomAdapter } from './dom-adapter';
import { lazyListeners } from './dom-events';
import { RunTokenizer } from './run-tokenizer';

/** parse5's parser with the tokenizer that takes plain runs of characters in one step. */
class RunParser extends Parser<DomTypes> {
  constructor(options: ParserOptions<DomTypes>) {
    super(options);
    this.tokenizer = new RunTokenizer(this.options, this);
  }
}

const empty = new LinkedomParser();
lazyListeners(empty.parseFromString('', 'text/html').createTextNode(''));

export function parseHtml(html: string): Document {
  const document = empty.parseFromString('', 'text/html') as unknown as Document;
  return RunParser.parse(html, { treeAdapter: linkedomAdapter(document) });
}

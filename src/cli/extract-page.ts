// From a saved page's bytes to the contract's JSON object: decode, build a DOM, run the pipeline.
import { beijingToday } from '../core/cite/date';
import { run } from '../core/pipeline';
import { type ContractOutput, toContract } from './contract';
import { decode, looksBinary } from './decode';
import { parseHtml } from './dom';

/** The Sogou corpus wraps saved pages in `<text id=… encoding=…>` … `</text>`: not part of the page. */
const CORPUS_WRAPPER = /^\s*<text\b[^>]*>\s*\n|\n\s*<\/text>\s*$/g;

export interface ExtractOptions {
  /** The access date citations carry, YYYY-MM-DD (default: today in Beijing). */
  accessed?: string;
}

export async function extractPage(
  bytes: Uint8Array,
  url: string | null,
  options: ExtractOptions = {},
): Promise<ContractOutput> {
  const html = looksBinary(bytes) ? '' : decode(bytes).replace(CORPUS_WRAPPER, '');
  const document = parseHtml(html);
  return toContract(run(document, { url }).result, options.accessed ?? beijingToday());
}

// From a saved page's bytes to the contract's JSON object: decode, build a DOM, run the pipeline.
import { run } from '../core/pipeline';
import { type ContractOutput, toContract } from './contract';
import { decode, looksBinary } from './decode';
import { parseHtml } from './dom';
import { type Explanation, explainRun } from './explain';

/** The Sogou corpus wraps saved pages in `<text id=… encoding=…>` … `</text>`: not part of the page. */
const CORPUS_WRAPPER = /^\s*<text\b[^>]*>\s*\n|\n\s*<\/text>\s*$/g;

export type ExplainedOutput = ContractOutput & { explain: Explanation };

export async function extractPage(bytes: Uint8Array, url: string | null): Promise<ContractOutput>;
export async function extractPage(
  bytes: Uint8Array,
  url: string | null,
  options: { explain: true },
): Promise<ExplainedOutput>;
export async function extractPage(
  bytes: Uint8Array,
  url: string | null,
  options: { explain?: boolean } = {},
): Promise<ContractOutput | ExplainedOutput> {
  const html = looksBinary(bytes) ? '' : decode(bytes).replace(CORPUS_WRAPPER, '');
  const { document, close } = parseHtml(html);
  try {
    if (!options.explain) return toContract(run(document, { url }).result);
    const { result, explain } = explainRun(document, url);
    return { ...toContract(result), explain };
  } finally {
    await close();
  }
}

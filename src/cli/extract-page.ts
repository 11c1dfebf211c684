// From a saved page's bytes to the contract's JSON object: decode, build a DOM, run the pipeline.
import { beijingToday } from '../core/cite/date';
import { run } from '../core/pipeline';
import { type ContractOutput, toContract } from './contract';
import { unwrapCorpus } from './corpus';
import { decode, looksBinary } from './decode';
import { parseHtml } from './dom';
import { type Explanation, explainRun } from './explain';

export interface ExtractOptions {
  /** The access date citations carry, YYYY-MM-DD (default: today in Beijing). */
  accessed?: string;
  /** Add where each document field came from and what each rule removed (`--explain`). */
  explain?: boolean;
}

export type ExplainedOutput = ContractOutput & { explain?: Explanation };

export async function extractPage(
  bytes: Uint8Array,
  url: string | null,
  options: ExtractOptions = {},
): Promise<ExplainedOutput> {
  const html = looksBinary(bytes) ? '' : unwrapCorpus(decode(bytes));
  const document = parseHtml(html);
  const accessed = options.accessed ?? beijingToday();
  if (!options.explain) return toContract(run(document, { url }).result, accessed);
  const { result, explain } = explainRun(document, url);
  return { ...toContract(result, accessed), explain };
}

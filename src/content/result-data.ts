// A Result without its DOM nodes: what crosses into the panel and into messages.
import type { Result } from '../core/types';
import type { ResultData } from '../panel/model';

export function toResultData(result: Result): ResultData {
  const { page, removed, text, markdown, summary, document } = result;
  return { page, removed, text, markdown, summary, document };
}

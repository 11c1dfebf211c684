// A Result without its DOM nodes: what crosses into the panel and into messages.

import type { ResultData } from '../common/model';
import type { Result } from '../core/types';

export function toResultData(result: Result): ResultData {
  const { page, removed, text, markdown, summary, document } = result;
  return { page, removed, text, markdown, summary, document };
}

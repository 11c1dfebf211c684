// An analysis without its DOM nodes: what crosses into the panel and into messages.

import type { ResultData } from '../common/model';
import type { Analysis } from '../core/types';

export function toResultData(result: Analysis): ResultData {
  const { page, removed, document } = result;
  return { page, removed, document };
}

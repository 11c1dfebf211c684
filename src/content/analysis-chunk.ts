// The lazily loaded half of the content script: the core's own second stage (the very function the
// pipeline, and so the extract command, runs after cleaning), and what only a reader of the analysis
// asks for: copying it (citations, a clause, a selection) and jumping to a clause; and the body finder
// for layouts no selector knows, which only such a page asks for; and the picker of 隐藏此块, when the
// reader picks. Ordinary pages never load it.
export { copyModelClause } from '../common/clipboard';
export { copyAsked } from '../common/copy-request';
export { analyse } from '../core/analyse';
export { fallbackBody } from '../core/detect-fallback';
export { jumpTo } from './jump';

/** The picker itself (隐藏此块) loads only when the reader picks: the analysis does not carry it. */
export const hideBlock: typeof import('../picker/hide-block').hideBlock = (...args) =>
  import('../picker/hide-block').then((picker) => picker.hideBlock(...args));

// The lazily loaded half of the content script: the core's own second stage (the very function the
// pipeline, and so the extract command, runs after cleaning), and what only a reader of the analysis
// asks for: copying it (citations, a clause, a selection) and jumping to a clause. Ordinary pages
// never load it.
export { copyModelClause } from '../common/clipboard';
export { copyAsked } from '../common/copy-request';
export { analyse } from '../core/analyse';
export { jumpTo } from './jump';

// The lazily loaded half of the content script: the core's own second stage (the very function the
// pipeline, and so the extract command, runs after cleaning), and what only a reader of the analysis
// asks for: copying it (citations, a clause, a selection) and jumping to a clause; the body finders
// for layouts no selector knows and for the reader's 仍然净化, which only such a page asks for; and
// the reader's corrections of the detector and the diagnostics. Ordinary pages never load it.
export { copyModelClause } from '../common/clipboard';
export { copyAsked } from '../common/copy-request';
export { analyse } from '../core/analyse';
export {
  analyserFor,
  copyDiagnostics,
  correctHere,
  detectorMessage,
  takeRefusedPage,
} from './lazy/corrections';
export { jumpTo } from './lazy/jump';

// The lazily loaded half of the content script: the core's own second stage (the very function the
// pipeline, and so the extract command, runs after cleaning), jumping to a clause, the body finders
// for layouts no selector knows and for the reader's 仍然净化, which only such a page asks for, and
// the reader's corrections of the detector and the diagnostics. Ordinary pages never load it. What a
// copy needs comes later still, with the first copy (export-chunk.ts), and the reader's own rules
// (隐藏此块) only on the sites where there are any (picker-chunk.ts).
export { analyse } from '../core/analyse';
export { jumpTo } from './jump';
export {
  analyserFor,
  copyDiagnostics,
  correctHere,
  detectorMessage,
  takeRefusedPage,
} from './lazy/corrections';

// The reader's corrections of the detector (仍然净化, 这是公文 / 这不是公文), the diagnostics, and what a
// page the detector refused needs (the fallback body finder, the main text block): loaded on a
// refused page or when the reader corrects or reports, not with the panel.
export { copyDiagnostics, correctHere, detectorMessage, takeRefusedPage } from './lazy/corrections';

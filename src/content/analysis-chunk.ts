// The lazily loaded half of the content script: the core's own second stage (the very function the
// pipeline, and so the extract command, runs after cleaning), with the reader's document view, and
// jumping to a clause. Ordinary pages never load it. Later still, each on its own demand: what a copy
// needs (export-chunk.ts), the reader's corrections of the detector, the diagnostics and the refused
// page's finders (corrections-chunk.ts), and the picker (picker-chunk.ts).

export { jumpTo } from './jump';
export { analyserFor } from './lazy/analyser';

// The lazily loaded half of the content script: the core's own second stage (the very function the
// pipeline, and so the extract command, runs after cleaning), with the reader's document view, and the
// panel's mount (the content script's one door into the panel: only dynamic imports reach this file, so
// ordinary pages never load it; one entry for both keeps the panel's chunk free of module namespace
// objects and of the bundler's runtime they need). Later still, each on its own demand: jumping to a
// clause (jump.ts, at the first click in the outline), what a copy needs (export-chunk.ts), the
// reader's corrections of the detector, the diagnostics and the refused page's finders
// (corrections-chunk.ts), and the picker (picker-chunk.ts).

export { analyserFor } from './lazy/analyser';

/** Scroll to a clause's block and mark it: loaded at the first such click. */
export const jumpTo = (el: Element): Promise<void> => import('./jump').then((jump) => jump.jumpTo(el));
export { panelIn } from '../panel/mount';

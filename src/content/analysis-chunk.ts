// The lazily loaded half of the content script: the core's own second stage (the very function the
// pipeline, and so the extract command, runs after cleaning) and jumping to a clause. Ordinary pages
// never load it. What a copy needs comes later still, with the first copy (export-chunk.ts), the
// body finder for layouts no selector knows only on such a page, and the reader's own rules
// (隐藏此块) only on the sites where there are any (picker-chunk.ts).
export { analyse } from '../core/analyse';
export { jumpTo } from './jump';

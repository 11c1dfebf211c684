// The picker's half of the content script (隐藏此块), loaded when the reader asks to hide a block: not
// with the panel or the analysis. The reader's own rules come on their own, where there are any
// (core/pick/user-matchers.ts, a chunk of its own: vite.config.ts).
export { hideBlock } from '../picker/hide-block';

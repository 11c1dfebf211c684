// The picker's half of the content script (隐藏此块): the reader's own rules as matchers, loaded on the
// sites where there are any, and the picker itself, loaded when the reader asks to hide a block.
// Neither comes with the panel or the analysis.
export { userMatchers } from '../core/pick/user-matchers';
export { hideBlock } from '../picker/hide-block';

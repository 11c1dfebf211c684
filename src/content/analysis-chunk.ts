// The lazily loaded half of the content script: the core's own second stage, the very function the
// pipeline (and so the extract command) runs after cleaning.
export { analyse } from '../core/analyse';

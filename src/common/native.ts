// The browser's own promise-based extension API, for the content script. Chrome's MV3 `chrome.*` and
// Firefox's `browser.*` both return promises for what the content script uses (storage, runtime
// messages), so the page is spared the polyfill's 3 KB: an ordinary article page must load little.
// Typed with the polyfill's types (a type-only import, erased from the bundle).
import type { Browser } from './browser';

type NativeApi = Pick<Browser, 'runtime' | 'storage'>;

const scope = globalThis as unknown as { browser?: NativeApi; chrome?: NativeApi };

export const native: NativeApi = (scope.browser ?? scope.chrome) as NativeApi;

/** Is this message from one of our own contexts (background, content script, side panel, options)? */
export const fromOurselves = (sender: { id?: string }): boolean => sender.id === native.runtime.id;

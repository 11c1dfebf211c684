// The one importer of webextension-polyfill: the extension's pages and the background take `browser`
// from here, so the promise-based API is the same in Chrome and Firefox and tests can alias this
// file to a mock. (The content script uses native.ts instead, to stay small.)
import browser from 'webextension-polyfill';

export type { Browser, Runtime, Tabs } from 'webextension-polyfill';
export { browser };

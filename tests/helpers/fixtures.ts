// The one place tests read pages from: our own small pages (tests/fixtures, and the page families in
// tests/unit/families) as text, and the shared corpus's saved pages as the CLI reads them (bytes
// decoded by their charset, then parsed). The shared corpus is read where it is, never copied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../../src/cli/decode';
import { parseHtml } from '../../src/cli/dom';
import { FIXTURES } from './shared';

const TESTS = join(import.meta.dirname, '..');

/** One of our own pages in tests/fixtures, as text. */
export const ownPage = (name: string): string => readFileSync(join(TESTS, 'fixtures', name), 'utf8');

/** One of the page families in tests/unit/families, as text. */
export const familyPage = (name: string): string =>
  readFileSync(join(TESTS, 'unit', 'families', name), 'utf8');

/** A saved page of the shared corpus (`pages/…` or `composite/…`), as the CLI parses it. */
export const sharedDocument = (path: string): Document =>
  parseHtml(decode(readFileSync(join(FIXTURES, path))));

/** Our demo document page (a 通知), and the address it is served at. */
export const DEMO_HTML = ownPage('finance-doc-demo.html');
export const DEMO_URL = 'https://finance.sina.com.cn/china/gncj/2023-10-09/doc-demo0001.shtml';

// Our own test pages, read in one place: the small pages in tests/fixtures and the page families in
// tests/unit/families, as text. (The shared corpus's pages are read by shared.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const TESTS = join(import.meta.dirname, '..');

/** One of our own pages in tests/fixtures, as text. */
export const ownPage = (name: string): string => readFileSync(join(TESTS, 'fixtures', name), 'utf8');

/** One of the page families in tests/unit/families, as text. */
export const familyPage = (name: string): string =>
  readFileSync(join(TESTS, 'unit', 'families', name), 'utf8');

/** Our demo document page (a 通知), and the address it is served at. */
export const DEMO_HTML = ownPage('finance-doc-demo.html');
export const DEMO_URL = 'https://finance.sina.com.cn/china/gncj/2023-10-09/doc-demo0001.shtml';

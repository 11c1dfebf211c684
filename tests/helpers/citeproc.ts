// The reference rendering: citeproc-js (the processor Zotero runs) with the official GB/T 7714 styles
// and locales in ../shared/csl, read from there. Tests that use it skip, saying so, where it is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import CSL from 'citeproc';
import type { CslItem } from '../../src/core/cite/csl';
import type { Edition } from '../../src/core/cite/gbt7714';
import { ROOT } from './shared';

export const CSL_DIR = join(ROOT, '..', 'shared', 'csl');
export const HAVE_CSL = existsSync(join(CSL_DIR, 'locales-zh-CN.xml'));
export const CSL_SKIP_REASON = `../shared/csl not found at ${CSL_DIR}: citeproc-js comparisons skipped`;

const read = (file: string) => readFileSync(join(CSL_DIR, file), 'utf8');

/** The bibliography entry citeproc-js renders for `item`, without its `[1] ` and line end. */
export function renderWithCiteproc(item: CslItem, edition: Edition): string {
  const style = read(`china-national-standard-gb-t-7714-${edition}-numeric.csl`);
  const withId = { ...item, id: 'item' };
  const engine = new CSL.Engine(
    {
      retrieveLocale: (lang) => read(`locales-${lang === 'zh-CN' ? 'zh-CN' : 'en-US'}.xml`),
      retrieveItem: () => withId,
    },
    style,
    'zh-CN',
  );
  engine.setOutputFormat('text');
  engine.updateItems(['item']);
  const [, entries] = engine.makeBibliography();
  return (entries[0] ?? '').replace(/^\[1\]\s*/, '').replace(/\n$/, '');
}

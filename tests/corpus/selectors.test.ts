// On every shared page (parsed as the CLI parses it), each compiled rule selector takes exactly the
// elements the DOM's own matcher takes: the cleaner's walk and a querySelectorAll agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/cli/decode';
import { parseHtml } from '../../src/cli/dom';
import { BODY_RULES } from '../../src/core/rules';
import { compileSelector, matchesCompiled } from '../../src/core/selector';
import { FIXTURES, HAVE_SHARED, SKIP_REASON, sharedPages } from '../helpers/shared';

if (!HAVE_SHARED) console.warn(SKIP_REASON);

const SELECTORS = [...new Set(BODY_RULES.flatMap((rule) => rule.selectors ?? []))];

describe.skipIf(!HAVE_SHARED)('compiled selectors agree with the DOM on every shared page', () => {
  it.each(sharedPages())('%s', async (file) => {
    const { document, close } = parseHtml(decode(readFileSync(join(FIXTURES, file))));
    try {
      const quirks = document.compatMode === 'BackCompat';
      const elements = Array.from(document.body?.querySelectorAll('*') ?? []);
      for (const selector of SELECTORS) {
        const test = compileSelector(selector);
        if (!test) continue;
        const ours = elements.filter((el) => matchesCompiled(test, el, quirks));
        expect(ours, selector).toEqual(Array.from(document.body?.querySelectorAll(selector) ?? []));
      }
    } finally {
      await close();
    }
  });
});

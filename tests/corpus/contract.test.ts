// The extract contract on every shared fixture, field by field: a failure names the fixture, the
// field, and expected vs actual (the same checks as ../shared/tools/check-extract.py, in process).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/cli/extract-page';
import { FIXTURES, HAVE_SHARED, SKIP_REASON } from '../helpers/shared';

interface Expected {
  fixture: string;
  page: { kind: string; title?: string; publishedAtPrefix?: string };
  document: Record<string, unknown> | null;
  clauseLabels?: string[];
  textIncludes?: string[];
  textExcludes?: string[];
}

/** The check ignores white space inside strings, as check-extract.py does. */
const squash = (value: unknown): unknown =>
  typeof value === 'string'
    ? value.replace(/\s+/g, '')
    : Array.isArray(value)
      ? value.map(squash)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, squash(v)]))
        : value;

const files = HAVE_SHARED ? readdirSync(join(FIXTURES, 'expected')).filter((f) => f.endsWith('.json')) : [];
if (!HAVE_SHARED) console.warn(SKIP_REASON);

describe.skipIf(!HAVE_SHARED)('extract contract on the shared fixtures', () => {
  it.each(files)('%s', async (file) => {
    const exp = JSON.parse(readFileSync(join(FIXTURES, 'expected', file), 'utf8')) as Expected;
    const got = await extractPage(readFileSync(join(FIXTURES, exp.fixture)), null);
    const field = (name: string, want: unknown, have: unknown) =>
      expect(squash(have), `${exp.fixture}: ${name}`).toEqual(squash(want));

    field('page.kind', exp.page.kind, got.page.kind);
    if (exp.page.title !== undefined) field('page.title', exp.page.title, got.page.title);
    if (exp.page.publishedAtPrefix !== undefined) {
      const prefix = exp.page.publishedAtPrefix;
      field('page.publishedAt', prefix, (got.page.publishedAt ?? '').slice(0, prefix.length));
    }
    if (exp.document === null) {
      field('document', null, got.document === null ? null : 'a document');
    } else {
      expect(got.document, `${exp.fixture}: document`).not.toBeNull();
      const doc = got.document as NonNullable<typeof got.document>;
      for (const key of [
        'kind',
        'title',
        'issuers',
        'addressees',
        'date',
        'note',
        'attachments',
        'number',
      ] as const) {
        if (key in exp.document) field(`document.${key}`, exp.document[key], doc[key]);
      }
      if ('cites' in exp.document)
        field(
          'document.cites',
          exp.document.cites,
          doc.cites.map((c) => c.text),
        );
      if (exp.clauseLabels)
        field(
          'document.clauses[].label',
          exp.clauseLabels,
          doc.clauses.map((c) => c.label),
        );
    }
    const text = squash(got.text) as string;
    for (const s of exp.textIncludes ?? [])
      expect(text, `${exp.fixture}: text includes ${s}`).toContain(squash(s));
    for (const s of exp.textExcludes ?? [])
      expect(text, `${exp.fixture}: text excludes ${s}`).not.toContain(squash(s));
  });
});

// What each copy format puts on the clipboard, made at copy time from the analysis: the Markdown, the
// citation line in the chosen edition with the day's access date, CSL-JSON that a reference manager reads, RIS
// and BibTeX records, 复制本条 with its link, and nothing at all for a page that is not an article.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyError } from '../../src/common/copy-error';
import { copyAsked, copyClauseOf, textAsked } from '../../src/common/copy-request';
import { clauseText, copyText } from '../../src/common/copy-text';
import { buildCsl } from '../../src/core/cite/csl';
import { formatGbt7714 } from '../../src/core/cite/gbt7714';
import { formatMarkdown } from '../../src/core/markdown';
import type { Analysis, Clause } from '../../src/core/types';
import { DEMO_HTML } from '../helpers/fixtures';
import { analysisFrom } from './panel-helpers';

const result = analysisFrom(DEMO_HTML);
const doc = result.document;
const TODAY = '2026-11-30';

describe('copyText', () => {
  it('the demo page is a document with a number (what the citation tests need)', () => {
    expect(doc?.number?.text).toBeTruthy();
  });

  it('copies the analysis’s own strings as they are, and makes the Markdown from its blocks', () => {
    for (const format of ['text', 'summary'] as const)
      expect(copyText(result, format, '2015', TODAY)).toBe(result[format]);
    const markdown = copyText(result, 'markdown', '2015', TODAY);
    expect(markdown).toBe(formatMarkdown(result.page, result.blocks, doc));
    expect(markdown).toMatch(/^---\n/);
    expect(markdown).toContain(`# ${doc?.title}`);
  });

  it('makes the GB/T 7714 line of the chosen edition, one line, accessed on the given day', () => {
    const csl = buildCsl(result.page, doc, TODAY);
    for (const edition of ['2015', '2025'] as const) {
      const line = copyText(result, 'citation', edition, TODAY);
      expect(line).toBe(formatGbt7714(csl, edition));
      expect(line).not.toContain('\n');
      expect(line).toContain(doc?.number?.text);
      expect(line).toContain(TODAY);
    }
  });

  it('copies CSL-JSON as an array of one legislation item with number and access date', () => {
    const items = JSON.parse(copyText(result, 'csl', '2015', TODAY));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      type: 'legislation',
      number: doc?.number?.text,
      accessed: { 'date-parts': [[2026, 11, 30]] },
      URL: result.page.url,
    });
  });

  it('copies an RIS record and a BibTeX entry', () => {
    const ris = copyText(result, 'ris', '2015', TODAY);
    expect(ris.startsWith('TY  -')).toBe(true);
    expect(ris).toMatch(/^ER {2}-/m);
    const bibtex = copyText(result, 'bibtex', '2015', TODAY);
    expect(bibtex.startsWith('@')).toBe(true);
    expect(bibtex).toContain(doc?.number?.text);
  });

  it('has no citation for a page that is not an article', () => {
    const notArticle: Analysis = { ...result, page: { ...result.page, kind: 'not-article' } };
    for (const format of ['citation', 'csl', 'ris', 'bibtex'] as const)
      expect(copyText(notArticle, format, '2015', TODAY)).toBe('');
  });
});

describe('clauseText', () => {
  it('names the document, then links to the clause with a text fragment', () => {
    const clause = doc?.clauses[0] as Clause;
    const [first, ...rest] = clauseText(result, clause).split('\n');
    expect(first?.startsWith(`《${doc?.title}》（${doc?.number?.text}）${clause.label}`)).toBe(true);
    expect(rest.at(-1)).toMatch(/^https:\/\/finance\.sina\.com\.cn\/.*#:~:text=\S+$/);
  });

  it('is empty without a document', () => {
    expect(clauseText({ ...result, document: null }, doc?.clauses[0] as Clause)).toBe('');
  });
});

describe('the copy path', () => {
  afterEach(() => vi.unstubAllGlobals());
  const context = {
    scratch: null,
    body: null,
    rules: [],
    settings: { defaultCopy: 'markdown', citeEdition: '2025' },
  } as const;

  it('writes the chosen format to the clipboard, citations in the given edition', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await copyAsked(result, 'citation', context);
    const written = writeText.mock.calls[0]?.[0] ?? '';
    expect(written).toBe(
      copyText(result, 'citation', '2025', written.match(/\d{4}-\d{2}-\d{2}(?=\]|$)/)?.[0]),
    );
    await copyClauseOf(result, doc?.clauses[0] as Clause, null);
    expect(writeText.mock.calls[1]?.[0]).toContain('#:~:text=');
  });

  it('resolves the user’s default, and copies the whole text where nothing is selected', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    expect(textAsked(result, 'default', context.settings)).toBe(copyText(result, 'markdown', '2025'));
    await copyAsked(result, 'default', context);
    expect(writeText.mock.calls[0]?.[0]).toBe(copyText(result, 'markdown', '2025'));
    getSelection()?.removeAllRanges();
    await copyAsked(result, 'selection', context);
    expect(writeText.mock.calls[1]?.[0]).toBe(result.text);
  });

  it('refuses with reason “nothing” where there is no analysis yet', async () => {
    expect(textAsked(null, 'citation', context.settings)).toBe('');
    await expect(copyAsked(null, 'citation', context)).rejects.toBeInstanceOf(CopyError);
    await expect(copyClauseOf(null, doc?.clauses[0] as Clause, null)).rejects.toMatchObject({
      reason: 'nothing',
    });
  });
});

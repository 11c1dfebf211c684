// Citations of small pages of our own: the CSL item's fields, the GB/T 7714 line (against citeproc-js
// where ../shared/csl is present), and RIS and BibTeX read back by an independent library (citation-js).
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { toBibtex } from '../../src/core/cite/bibtex';
import { citePage } from '../../src/core/cite/cite';
import { buildCsl, type CslItem } from '../../src/core/cite/csl';
import { beijingToday } from '../../src/core/cite/date';
import { formatGbt7714 } from '../../src/core/cite/gbt7714';
import { toRis } from '../../src/core/cite/ris';
import { siteName } from '../../src/core/cite/site';
import type { OfficialDocument, PageInfo } from '../../src/core/types';
import { CSL_SKIP_REASON, HAVE_CSL, renderWithCiteproc } from '../helpers/citeproc';
import { officialDocument } from '../helpers/document';

const ACCESSED = '2026-11-30';

const page = (over: Partial<PageInfo> = {}): PageInfo => ({
  kind: 'article',
  title: '城市有轨电车之困：一边争相上马，一边接连叫停',
  publishedAt: '2024-05-10T07:05:00+08:00',
  source: '每日经济新闻',
  url: 'https://finance.sina.com.cn/jjxw/2024-05-10/doc-inauuvzk1234567.shtml',
  ...over,
});

const doc = (over: Partial<OfficialDocument> = {}): OfficialDocument =>
  officialDocument({
    kind: '批复',
    title: '国务院关于“十四五”对外贸易高质量发展规划的批复',
    issuers: ['国务院'],
    number: { text: '国函〔2021〕112号', agency: '国函', year: 2021, serial: 112 },
    addressees: ['商务部'],
    date: '2021-11-02',
    clauses: [],
    attachments: [],
    note: null,
    cites: [],
    ...over,
  });

const DOC_URL = 'https://finance.sina.com.cn/china/gncj/2021-11-23/doc-iktzscyy6789012.shtml';

/** Every kind of item these tests build, for the round trips and the citeproc comparison. */
const CASES: [string, CslItem][] = [
  ['a document', buildCsl(page({ url: DOC_URL }), doc(), ACCESSED)],
  ['an ordinary article', buildCsl(page(), null, ACCESSED)],
  [
    'a document without number or date',
    buildCsl(page({ url: DOC_URL }), doc({ number: null, date: null }), ACCESSED),
  ],
  [
    'a document with no date anywhere and four issuers',
    buildCsl(
      page({ url: DOC_URL, publishedAt: null }),
      doc({ date: null, issuers: ['财政部', '税务总局', '海关总署', '商务部'] }),
      ACCESSED,
    ),
  ],
  [
    'a 令',
    buildCsl(
      page({ url: DOC_URL }),
      doc({
        kind: null,
        title: '关键信息基础设施安全保护条例',
        number: {
          text: '中华人民共和国国务院令第745号',
          agency: '中华人民共和国国务院令',
          year: null,
          serial: 745,
        },
        date: '2021-07-30',
      }),
      ACCESSED,
    ),
  ],
  ['an article without source', buildCsl(page({ source: null }), null, ACCESSED)],
  ['an article without date', buildCsl(page({ publishedAt: null }), null, ACCESSED)],
  ['a page with no URL', buildCsl(page({ url: null }), null, ACCESSED)],
  ['a document with no URL', buildCsl(page({ url: null }), doc(), ACCESSED)],
  [
    'hostile characters',
    buildCsl(
      page({
        title: 'A {brace} 50% & $1 #2 a_b ^ ~ back\\slash\nline "q"',
        source: 'Reuters {Inc}',
        url: 'https://news.sina.com.cn/o/2024-01-01/doc-x.shtml?a=1&b={2}',
      }),
      null,
      ACCESSED,
    ),
  ],
];

describe('the CSL item', () => {
  it('cites a document as legislation by its issuers, number and 成文日期, in the contract order', () => {
    const item = buildCsl(page({ url: DOC_URL }), doc(), ACCESSED);
    expect(item).toEqual({
      type: 'legislation',
      title: '国务院关于“十四五”对外贸易高质量发展规划的批复',
      author: [{ literal: '国务院' }],
      number: '国函〔2021〕112号',
      issued: { 'date-parts': [[2021, 11, 2]] },
      URL: DOC_URL,
      accessed: { 'date-parts': [[2026, 11, 30]] },
      language: 'zh-CN',
    });
    expect(Object.keys(item)).toEqual([
      'type',
      'title',
      'author',
      'number',
      'issued',
      'URL',
      'accessed',
      'language',
    ]);
  });

  it('cites an ordinary article as a web page of its site by its source outlet', () => {
    expect(buildCsl(page(), null, ACCESSED)).toEqual({
      type: 'webpage',
      title: '城市有轨电车之困：一边争相上马，一边接连叫停',
      author: [{ literal: '每日经济新闻' }],
      'container-title': '新浪财经',
      issued: { 'date-parts': [[2024, 5, 10]] },
      URL: page().url,
      accessed: { 'date-parts': [[2026, 11, 30]] },
      language: 'zh-CN',
    });
  });

  it('takes the page date where the document has no 成文日期, and leaves out what is unknown', () => {
    const item = buildCsl(page({ url: null }), doc({ date: null, number: null, issuers: [] }), ACCESSED);
    expect(item.issued).toEqual({ 'date-parts': [[2024, 5, 10]] });
    expect(item).not.toHaveProperty('number');
    expect(item).not.toHaveProperty('author');
    expect(item).not.toHaveProperty('URL');
    const bare = buildCsl(page({ source: null, publishedAt: null, title: null }), null, ACCESSED);
    expect(Object.keys(bare)).toEqual(['type', 'container-title', 'URL', 'accessed', 'language']);
  });

  it('refuses an access date that is not YYYY-MM-DD', () => {
    expect(() => buildCsl(page(), null, '30.11.2026')).toThrow(RangeError);
  });

  it('names the site by its host, PC and mobile', () => {
    expect(siteName('https://finance.sina.com.cn/x')).toBe('新浪财经');
    expect(siteName('https://finance.sina.cn/x')).toBe('新浪财经');
    expect(siteName('http://chanye.finance.sina.com.cn/x')).toBe('新浪财经');
    expect(siteName('https://tech.sina.com.cn/x')).toBe('新浪科技');
    expect(siteName('https://news.sina.com.cn/x')).toBe('新浪网');
    expect(siteName('https://example.com/x')).toBeNull();
    expect(siteName('not a url')).toBeNull();
    expect(siteName(null)).toBeNull();
  });

  it('is null for a page that is not an article', () => {
    expect(citePage(page({ kind: 'not-article' }), null, ACCESSED)).toBeNull();
  });

  it('defaults the access date to the day in Beijing', () => {
    expect(beijingToday(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
    expect(beijingToday(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
  });
});

describe('the GB/T 7714 line', () => {
  it('prints the two examples of the contract', () => {
    expect(citePage(page({ url: DOC_URL }), doc(), ACCESSED)?.gbt7714).toBe(
      `国务院. 国务院关于“十四五”对外贸易高质量发展规划的批复: 国函〔2021〕112号[A/OL]. (2021-11-02)[2026-11-30]. ${DOC_URL}.`,
    );
    expect(citePage(page(), null, ACCESSED)?.gbt7714).toBe(
      `每日经济新闻. 城市有轨电车之困：一边争相上马，一边接连叫停[EB/OL]. (2024-05-10)[2026-11-30]. ${page().url}.`,
    );
  });

  if (!HAVE_CSL) console.warn(CSL_SKIP_REASON);
  it.skipIf(!HAVE_CSL).each(CASES)('%s: identical to citeproc-js, both editions', (_, item) => {
    expect(formatGbt7714(item, '2015')).toBe(renderWithCiteproc(item, '2015'));
    expect(formatGbt7714(item, '2025')).toBe(renderWithCiteproc(item, '2025'));
  });
});

/** The fields of an item as citation-js reads them back, in our terms. */
interface Fields {
  title?: string;
  authors: string[];
  number?: string;
  site?: string;
  issued?: unknown;
  URL?: string;
  accessed?: unknown;
  language?: string;
}

const ours = (item: CslItem): Fields => ({
  title: item.title?.replace(/\s+/g, ' '),
  authors: (item.author ?? []).map((a) => a.literal),
  number: item.number,
  site: item['container-title'],
  issued: item.issued?.['date-parts'],
  URL: item.URL,
  accessed: item.accessed['date-parts'],
  language: item.language,
});

type Parsed = Record<string, unknown> & {
  author?: { literal?: string; family?: string; given?: string }[];
  issued?: { 'date-parts': unknown };
  accessed?: { 'date-parts': unknown };
};

/**
 * `site` is where each format keeps the site: RIS ELEC's T2 reads back as collection-title, BibLaTeX's
 * organization as publisher. BibLaTeX's url writes braces percent-encoded (the same address).
 */
function theirs(parsed: Parsed, siteField: string): Fields {
  const url = parsed.URL as string | undefined;
  return {
    title: parsed.title as string | undefined,
    authors: (parsed.author ?? []).map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' ')),
    number: parsed.number as string | undefined,
    site: parsed[siteField] as string | undefined,
    issued: parsed.issued?.['date-parts'],
    URL: url?.replace(/%7B/g, '{').replace(/%7D/g, '}'),
    accessed: parsed.accessed?.['date-parts'],
    language: parsed.language as string | undefined,
  };
}

async function readBack(text: string): Promise<Parsed> {
  const cite = await Cite.async(text);
  expect(cite.data).toHaveLength(1);
  return cite.data[0] as Parsed;
}

describe('RIS', () => {
  it.each(CASES)('%s reads back with the same fields', async (_, item) => {
    const parsed = await readBack(toRis(item));
    expect(parsed.type).toBe(item.type);
    expect(theirs(parsed, 'collection-title')).toEqual(ours(item));
  });

  it('keeps every value on its tag line', () => {
    const ris = toRis(buildCsl(page({ title: '第一行\n第二行\r\n第三行' }), null, ACCESSED));
    expect(ris).toContain('TI  - 第一行 第二行 第三行\r\n');
    expect(ris.split('\r\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
  });
});

describe('BibTeX', () => {
  it.each(CASES)('%s reads back with the same fields', async (_, item) => {
    const parsed = await readBack(toBibtex(item));
    expect(parsed.type).toBe(item.type);
    expect(theirs(parsed, 'publisher')).toEqual(ours(item));
  });

  it('escapes braces and TeX specials so that the entry stays balanced', () => {
    const bib = toBibtex(buildCsl(page({ title: 'a {b} c} 50% \\x' }), null, ACCESSED));
    expect(bib).toContain('title = {{a \\{b\\} c\\} 50\\% \\textbackslash{}x}},');
    let depth = 0;
    for (const c of bib.replace(/\\[{}]/g, '')) {
      depth += c === '{' ? 1 : c === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('keys entries in ASCII, by date and a hash', () => {
    const bib = toBibtex(buildCsl(page({ url: DOC_URL }), doc(), ACCESSED));
    expect(bib).toMatch(/^@legislation\{sina20211102[0-9a-z]{1,5},\n/);
  });
});

// The Markdown copy: front matter that YAML reads back to the same values, tables, captions, clause
// headings; and the plain text of a table.
import fc from 'fast-check';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/core/blocks';
import { formatText } from '../../src/core/format';
import { frontMatter } from '../../src/core/front-matter';
import { formatMarkdown } from '../../src/core/markdown';
import type { OfficialDocument, PageInfo } from '../../src/core/types';
import { officialDocument } from '../helpers/document';
import { articleBody } from '../helpers/html';

const page: PageInfo = {
  kind: 'article',
  title: '国务院批复《“十四五”对外贸易高质量发展规划》',
  publishedAt: '2021-11-23T15:17:00+08:00',
  source: '新浪财经',
  url: 'https://finance.sina.com.cn/china/gncj/2021-11-23/doc-x.shtml',
};

const doc = officialDocument({
  kind: '通知',
  title: '财政部 税务总局关于某事的通知',
  issuers: ['财政部', '税务总局'],
  number: { text: '财税〔2021〕7号', agency: '财税', year: 2021, serial: 7 },
  addressees: [],
  date: '2021-03-15',
  clauses: [],
  attachments: [],
  note: null,
  cites: [],
  titleBlocks: null,
});

/** The front matter of a Markdown copy, read by a YAML parser (core schema: strings stay strings). */
function readFrontMatter(markdown: string): unknown {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  expect(m, 'front matter block').not.toBeNull();
  return load(m?.[1] ?? '', { schema: CORE_SCHEMA });
}

const markdownOf = (inner: string, info: PageInfo = page, document: OfficialDocument | null = null) =>
  formatMarkdown(info, buildBlocks(articleBody(inner).body), document);

describe('front matter', () => {
  it('holds the page and, for a document, its title, number, date and issuers', () => {
    expect(readFrontMatter(markdownOf('<p>正文</p>', page, doc))).toEqual({
      title: page.title,
      url: page.url,
      source: '新浪财经',
      published: '2021-11-23T15:17:00+08:00',
      document_title: '财政部 税务总局关于某事的通知',
      document_number: '财税〔2021〕7号',
      document_date: '2021-03-15',
      issuers: ['财政部', '税务总局'],
    });
  });

  it('leaves absent values out', () => {
    const bare: PageInfo = { ...page, source: null, publishedAt: null, url: null };
    const none: OfficialDocument = { ...doc, title: null, number: null, date: null, issuers: [] };
    expect(readFrontMatter(markdownOf('<p>正文</p>', bare, none))).toEqual({ title: page.title });
  });

  it('reads back any text as it was: quotes, colons, line breaks, separators, YAML syntax', () => {
    const hostile = [
      'a: b # c',
      '"quoted" \'single\' \\back',
      '- not a list',
      '---',
      'line\nbreak\r\nand\ttab',
      'nel\u0085ls\u2028ps\u2029bom\ufeff',
      '@at `tick` |pipe >fold &anchor *alias !tag %dir {a: 1} [1, 2]',
      'null',
      '2021-11-02',
      '  padded  ',
    ];
    for (const title of hostile) {
      expect(readFrontMatter(`${frontMatter({ ...page, title }, null).join('\n')}\n`), title).toMatchObject({
        title,
      });
    }
    // YAML 1.1 readers (PyYAML …) take NEL and the Unicode separators for line breaks: never raw.
    expect(frontMatter({ ...page, title: 'a\u0085b\u2028c\u2029d' }, null).join('\n')).not.toMatch(
      /[\u0085\u2028\u2029]/,
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (title) => {
        fc.pre(title.length > 0 && !/[\ud800-\udfff]/.test(title));
        const read = readFrontMatter(`${frontMatter({ ...page, title }, null).join('\n')}\n`) as {
          title: string;
        };
        return read.title === title;
      }),
      { numRuns: 500 },
    );
  });
});

describe('Markdown body', () => {
  it('draws a table of short cells as a Markdown table, escaping pipes', () => {
    const md = markdownOf(
      '<table><tr><th>指标</th><th>目标</th></tr><tr><td>能耗|强度</td><td>下降13.5%</td></tr><tr><td>排放</td></tr></table>',
    );
    expect(md).toContain('| 指标 | 目标 |\n| --- | --- |\n| 能耗\\|强度 | 下降13.5% |\n| 排放 |   |\n');
  });

  it('falls back to one line per row where cells are merged', () => {
    const md = markdownOf(
      '<table><tr><td rowspan="2">地区</td><td>甲</td></tr><tr><td>乙</td></tr><tr><td colspan="2">合计</td></tr></table>',
    );
    expect(md).toContain('- 地区 · 甲\n- 乙\n- 合计\n');
    expect(md).not.toContain('| --- |');
  });

  it('lets a layout table with no text vanish', () => {
    const md = markdownOf('<table><tr><td><img src="spacer.gif"></td><td></td></tr></table><p>正文</p>');
    expect(md.endsWith('# 国务院批复《“十四五”对外贸易高质量发展规划》\n\n正文\n')).toBe(true);
  });

  it('keeps images with their captions, addresses made absolute, and nothing but http(s)', () => {
    const md = markdownOf(
      '<div class="img_wrapper"><img src="//n.sinaimg.cn/a (1).jpg"><span class="img_descr">图为*现场*</span></div><figure><img src="javascript:alert(1)"><figcaption>示意图</figcaption></figure>',
    );
    expect(md).toContain('![图为\\*现场\\*](https://n.sinaimg.cn/a%20%281%29.jpg)\n\n*图为\\*现场\\**\n');
    expect(md).toContain('\n*示意图*\n');
    expect(md).not.toContain('javascript');
  });

  it('makes clause headings headings at their level', () => {
    const withClauses: OfficialDocument = {
      ...doc,
      titleBlocks: null,
      clauses: [
        {
          label: '一、',
          heading: '总体要求',
          text: '总体要求',
          block: 0,
          children: [
            {
              label: '（一）',
              heading: '指导思想',
              text: '指导思想。坚持稳中求进。',
              block: 1,
              children: [],
            },
          ],
        },
      ],
    };
    const md = markdownOf('<p>一、总体要求</p><p>（一）指导思想。坚持稳中求进。</p>', page, withClauses);
    expect(md).toContain('\n## 一、总体要求\n\n### （一）指导思想\n\n坚持稳中求进。\n');
  });
});

describe('plain text of a table', () => {
  it('keeps rows as lines with tab-separated cells, between paragraphs', () => {
    const blocks = buildBlocks(
      articleBody(
        '<p>前文</p><table><tr><td>甲</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></table><p>后文</p>',
      ).body,
    );
    expect(formatText(blocks, null)).toBe('前文\n\n甲\t1\n乙\t2\n\n后文');
  });
});

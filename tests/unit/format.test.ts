import { describe, expect, it } from 'vitest';
import { formatSummary, formatText } from '../../src/core/format';
import { escapeMarkdown, formatMarkdown } from '../../src/core/markdown';
import type { Block, PageInfo } from '../../src/core/types';
import { officialDocument } from '../helpers/document';

const b = (text: string): Block => ({ text, align: null });
const page: PageInfo = {
  kind: 'article',
  title: '国务院批复某规划',
  publishedAt: '2021-11-23T15:17:00+08:00',
  source: '新浪财经',
  url: 'https://finance.sina.com.cn/china/doc-x.shtml',
};

const blocks = [
  b('国务院关于某某发展'),
  b('规划的批复'),
  b('国函〔2021〕112号'),
  b('各省、自治区、直辖市人民政府，商务部：'),
  b('一、原则同意《规划》，请认真组织实施。'),
  b('二、总体要求。坚持稳中求进。'),
  b('国务院'),
  b('2021年11月2日'),
];

const doc = officialDocument({
  kind: '批复',
  title: '国务院关于某某发展规划的批复',
  issuers: ['国务院'],
  number: { text: '国函〔2021〕112号', agency: '国函', year: 2021, serial: 112 },
  addressees: ['各省、自治区、直辖市人民政府', '商务部'],
  date: '2021-11-02',
  clauses: [
    { label: '一、', heading: null, text: '原则同意《规划》，请认真组织实施。', children: [], block: 4 },
    { label: '二、', heading: '总体要求', text: '总体要求。坚持稳中求进。', children: [], block: 5 },
  ],
  titleBlocks: [0, 1],
});

describe('formatText', () => {
  it('joins a split title and separates paragraphs by a blank line', () => {
    expect(formatText(blocks, doc)).toBe(
      [
        '国务院关于某某发展规划的批复',
        '国函〔2021〕112号',
        '各省、自治区、直辖市人民政府，商务部：',
        '一、原则同意《规划》，请认真组织实施。',
        '二、总体要求。坚持稳中求进。',
        '国务院',
        '2021年11月2日',
      ].join('\n\n'),
    );
  });

  it('keeps every block as it is where there is no document', () => {
    expect(formatText([b('甲'), b('乙')], null)).toBe('甲\n\n乙');
    expect(formatText([], null)).toBe('');
  });
});

/** The Markdown after its front matter. */
const body = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n\n/, '');

describe('formatMarkdown', () => {
  const md = formatMarkdown(page, blocks, doc);

  it('puts the document title as the heading, once', () => {
    expect(body(md).startsWith('# 国务院关于某某发展规划的批复\n')).toBe(true);
    expect(body(md).match(/国务院关于某某发展/g)).toHaveLength(1);
  });

  it('puts the metadata in a small table', () => {
    expect(md).toContain('| 发文字号 | 国函〔2021〕112号 |');
    expect(md).toContain('| 成文日期 | 2021-11-02 |');
    expect(md).toContain('| 主送机关 | 各省、自治区、直辖市人民政府，商务部 |');
    expect(md).not.toContain('| 附注 |');
  });

  it('makes top-level clauses with a heading into headings, others into bold lead-ins', () => {
    expect(md).toContain('## 二、总体要求\n\n坚持稳中求进。');
    expect(md).toContain('**一、** 原则同意《规划》，请认真组织实施。');
  });

  it('uses the page title for an ordinary article', () => {
    expect(body(formatMarkdown(page, [b('正文。')], null))).toBe('# 国务院批复某规划\n\n正文。\n');
  });
});

describe('escapeMarkdown', () => {
  it('escapes characters and line starts that Markdown would read as syntax', () => {
    expect(escapeMarkdown('a*b_c[d]<e>')).toBe('a\\*b\\_c\\[d\\]\\<e\\>');
    expect(escapeMarkdown('# 不是标题')).toBe('\\# 不是标题');
    expect(escapeMarkdown('1. 不是列表')).toBe('1\\. 不是列表');
    expect(escapeMarkdown('一、中文编号不受影响')).toBe('一、中文编号不受影响');
  });
});

describe('formatSummary', () => {
  it('lists the metadata in the words of the policy pages, and the outline', () => {
    const summary = formatSummary(page, doc);
    expect(summary.split('\n')).toEqual([
      '标题：国务院关于某某发展规划的批复',
      '文种：批复',
      '发文机关：国务院',
      '发文字号：国函〔2021〕112号',
      '成文日期：2021-11-02',
      '主送机关：各省、自治区、直辖市人民政府，商务部',
      '提纲：',
      '  一、原则同意《规划》，请认真组织实施。',
      '  二、总体要求',
      '链接：https://finance.sina.com.cn/china/doc-x.shtml',
    ]);
  });

  it('gives title, source and date for an ordinary article', () => {
    expect(formatSummary(page, null)).toContain('来源：新浪财经');
  });
});

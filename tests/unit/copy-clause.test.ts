// 复制本条: the clause as text naming its document, and a text-fragment link to it.
import { describe, expect, it } from 'vitest';
import { copyClause, encodeFragmentText } from '../../src/core/copy/clause';
import type { Clause } from '../../src/core/types';
import { officialDocument } from '../helpers/document';

const clause: Clause = {
  label: '三、',
  heading: null,
  text: '各省、自治区、直辖市人民政府要对照《规划》要求，加强组织领导。',
  block: 5,
  children: [{ label: '（一）', heading: null, text: '细化方案。', block: 6, children: [] }],
};

const doc = officialDocument({
  kind: '批复',
  title: '国务院关于“十四五”对外贸易高质量发展规划的批复',
  issuers: ['国务院'],
  number: { text: '国函〔2021〕112号', agency: '国函', year: 2021, serial: 112 },
  addressees: [],
  date: '2021-11-02',
  clauses: [clause],
  attachments: [],
  note: null,
  cites: [],
  titleBlocks: null,
});

const URL_ = 'https://finance.sina.com.cn/china/gncj/2021-11-23/doc-x.shtml';

describe('copyClause', () => {
  it('names the document and its number before the clause, children on the next lines', () => {
    expect(copyClause(clause, doc, URL_).text).toBe(
      '《国务院关于“十四五”对外贸易高质量发展规划的批复》（国函〔2021〕112号）三、各省、自治区、直辖市人民政府要对照《规划》要求，加强组织领导。\n（一）细化方案。',
    );
  });

  it('links to the clause with a text fragment of its first words, replacing any fragment', () => {
    const { link } = copyClause(clause, doc, `${URL_}#top`);
    expect(link).toBe(
      `${URL_}#:~:text=${encodeURIComponent('三、各省、自治区、直辖市人民政府要对照《规划》要')}`,
    );
    const start = decodeURIComponent((link as string).split('#:~:text=')[1] as string);
    expect(`${clause.label}${clause.text}`.startsWith(start)).toBe(true);
  });

  it('leaves out what the document does not say, and the link where the page has no address', () => {
    expect(copyClause(clause, { ...doc, title: null, number: null }, null)).toEqual({
      text: '三、各省、自治区、直辖市人民政府要对照《规划》要求，加强组织领导。\n（一）细化方案。',
      link: null,
    });
  });

  it('stops the quoted start at a space, where the page may break the line', () => {
    const spaced = { ...clause, text: '总体要求 坚持稳中求进' };
    expect(copyClause(spaced, doc, URL_).link?.endsWith(encodeURIComponent('三、总体要求'))).toBe(true);
  });
});

describe('encodeFragmentText', () => {
  it("encodes the directive's delimiters - , & and everything encodeURIComponent does", () => {
    expect(encodeFragmentText('a-b,c&d e#f')).toBe('a%2Db%2Cc%26d%20e%23f');
    expect(encodeFragmentText('一、（1）')).toBe(encodeURIComponent('一、（1）'));
    expect(decodeURIComponent(encodeFragmentText('2021-2025年，增长&下降'))).toBe('2021-2025年，增长&下降');
    expect(encodeFragmentText('2021-2025')).not.toContain('-');
  });
});

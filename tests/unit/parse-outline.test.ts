import { describe, expect, it } from 'vitest';
import { buildOutline, clauseHeading, matchLabel, type OutlineLine } from '../../src/core/parse/outline';
import type { Clause } from '../../src/core/types';

const lines = (...texts: string[]): OutlineLine[] => texts.map((text, block) => ({ text, block }));
const labels = (cs: readonly Clause[]): unknown[] =>
  cs.map((c) => (c.children.length ? [c.label, labels(c.children)] : c.label));

describe('matchLabel', () => {
  it.each([
    ['一、总体要求', '一、', 3],
    ['十二、组织实施', '十二、', 3],
    ['（一）指导思想。', '（一）', 4],
    ['(二十二)强化责任落实。', '(二十二)', 4],
    ['1.加快进度。', '1.', 5],
    ['33．完善保障措施。', '33．', 5],
    ['2、做好衔接。', '2、', 5],
    ['（1）减半征收。', '（1）', 6],
    ['第一章 总则', '第一章', 0],
    ['第二节 市场准入', '第二节', 1],
    ['第十二条 登记机关应当…', '第十二条', 2],
    ['第一百零一条 本条例自公布之日起施行。', '第一百零一条', 2],
    ['　　两、其他事项', '两、', 3],
    ['〇、说明', '〇、', 3],
    ['１２．统筹推进。', '１２．', 5],
    ['(3)简化手续。', '(3)', 6],
  ])('%s → %s', (text, label, rank) => {
    expect(matchLabel(text)).toMatchObject({ label, rank });
  });

  it.each([
    ['——承接疏解、错位发展。'],
    ['一是聚合力，二是强服务。'],
    ['1月24日，国务院发布《方案》。'],
    ['2021年，全国进出口总值增长。'],
    ['1.5倍以上的部分不再补贴。'],
    ['（六个方面33项措施）'],
    ['各省、自治区、直辖市人民政府：'],
  ])('no label in %s', (text) => {
    expect(matchLabel(text)).toBeNull();
  });
});

describe('clauseHeading', () => {
  it('takes the short lead phrase', () => {
    expect(clauseHeading('指导思想。', 4)).toBe('指导思想');
    expect(clauseHeading('加强用电保障。加强电力产供储销体系建设，科学实施有序用电。', 3)).toBe(
      '加强用电保障',
    );
    expect(clauseHeading('坚持创新驱动，打造发展新高地', 3)).toBe('坚持创新驱动，打造发展新高地');
    expect(clauseHeading('基本原则：坚持稳中求进', 4)).toBe('基本原则');
    expect(clauseHeading('总则 本章规定', 0)).toBe('总则');
  });

  it('does not take a long sentence', () => {
    expect(
      clauseHeading('原则同意《“十四五”某某产业高质量发展规划》（以下简称《规划》），请认真组织实施。', 3),
    ).toBeNull();
  });

  it('does not take a one-sentence clause with a comma', () => {
    expect(clauseHeading('同意设立某某综合保税区，规划面积1.2平方公里。', 3)).toBeNull();
  });

  it('gives an article (条) no heading', () => {
    expect(clauseHeading('为了规范登记管理，制定本条例。', 2)).toBeNull();
  });
});

describe('buildOutline', () => {
  it('nests （一） under 一、 and keeps run-on numbering as printed', () => {
    const out = buildOutline(
      lines(
        '前言。',
        '一、总体要求',
        '（一）指导思想。',
        '（二）基本原则。',
        '二、重点任务',
        '（三）强化创新。',
        '（四）扩大开放。',
      ),
    );
    expect(labels(out)).toEqual([
      ['一、', ['（一）', '（二）']],
      ['二、', ['（三）', '（四）']],
    ]);
    expect(out[1]?.children[0]).toMatchObject({
      label: '（三）',
      heading: '强化创新',
      text: '强化创新。',
      block: 5,
    });
  });

  it('appends unnumbered paragraphs to the innermost open clause and drops the preamble', () => {
    const out = buildOutline(
      lines(
        '为做好相关工作，现通知如下：',
        '一、总体要求',
        '（一）基本原则。',
        '——坚持稳中求进。',
        '——坚持改革创新。',
      ),
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.text).toBe('总体要求');
    expect(out[0]?.heading).toBe('总体要求');
    expect(out[0]?.children[0]?.text).toBe('基本原则。\n——坚持稳中求进。\n——坚持改革创新。');
  });

  it('puts all four levels in order and lets 1． skip （一）', () => {
    const out = buildOutline(
      lines(
        '一、财政政策',
        '1．加大退税力度。',
        '（1）对小微企业退税。',
        '2．加快支出进度。',
        '二、金融政策',
      ),
    );
    expect(labels(out)).toEqual([['一、', [['1．', ['（1）']], '2．']], '二、']);
  });

  it('builds 章 → 节 → 条 with （一） items under an article', () => {
    const out = buildOutline(
      lines(
        '第一章 总则',
        '第一条 为了规范管理，制定本条例。',
        '第二条 本条例适用于下列主体：',
        '（一）公司；',
        '（二）合伙企业。',
        '第二章',
        '登记事项',
        '第一节 一般规定',
        '第三条 登记机关应当依法登记。',
      ),
    );
    expect(labels(out)).toEqual([
      ['第一章', ['第一条', ['第二条', ['（一）', '（二）']]]],
      ['第二章', [['第一节', ['第三条']]]],
    ]);
    expect(out[0]?.heading).toBe('总则');
    expect(out[0]?.children[0]?.heading).toBeNull();
    expect(out[1]?.heading).toBe('登记事项');
  });

  it('does not attach a fresh part preamble to the previous clause', () => {
    const input: OutlineLine[] = [
      { text: '一、加强领导。', block: 0 },
      { text: '请认真贯彻执行。', block: 1 },
      { text: '为稳住经济大盘，提出如下措施。', block: 4, fresh: true },
      { text: '一、财政政策', block: 5 },
    ];
    const out = buildOutline(input);
    expect(out.map((c) => [c.label, c.text, c.block])).toEqual([
      ['一、', '加强领导。\n请认真贯彻执行。', 0],
      ['一、', '财政政策', 5],
    ]);
  });

  it('finds no clauses in news prose', () => {
    expect(
      buildOutline(lines('1月24日，国务院发布《方案》。', '一是聚合力。二是强服务。', '2021年，外贸增长。')),
    ).toEqual([]);
  });
});

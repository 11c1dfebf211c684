// One small page body per form of document that Sina carries (and per near miss), written for this
// test: each shows the decision the parser must make and why its branch exists. The bodies are
// parsed the way the content script parses them: blocks of the body, then parseDocument.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../../src/core/blocks';
import { parseDocument } from '../../../src/core/parse/document';
import type { Clause } from '../../../src/core/types';
import { articleBody } from '../../helpers/html';

function parseForm(name: string, pageTitle: string | null = null) {
  const { body } = articleBody(readFileSync(join(import.meta.dirname, `${name}.html`), 'utf8'));
  return parseDocument(buildBlocks(body), pageTitle);
}

const labels = (clauses: readonly Clause[]): unknown[] =>
  clauses.map((c) => (c.children.length > 0 ? [c.label, labels(c.children)] : c.label));

describe('documents as issued', () => {
  it('an approval to fourteen provinces keeps its 主送 in two groups, and reads a broken bracket', () => {
    const doc = parseForm('issued-approval-long-addressees');
    expect(doc).toMatchObject({
      form: 'issued',
      kind: '批复',
      title: '国务院关于同意在部分地区暂时调整实施有关行政法规规定的批复',
      issuers: ['国务院'],
      number: { text: '国函〔2021〕87号', agency: '国函', year: 2021, serial: 87 },
      addressees: [
        '北京市、天津市、河北省、辽宁省、上海市、江苏省、浙江省、安徽省、福建省、山东省、湖北省、广东省、海南省、新疆维吾尔自治区人民政府',
        '商务部、司法部',
      ],
      date: '2021-08-20',
      note: '此件公开发布',
      incomplete: null,
      attachments: ['国务院决定在部分地区暂时调整实施的有关行政法规规定目录'],
    });
    // The attached list after the signature joins the outline (contract: attached text is outline too).
    expect(labels(doc?.clauses ?? [])).toEqual(['一、', '二、', '三、', '1.']);
  });

  it('a notice under its banner: the 发文字号 above the title is its number, not part of its title', () => {
    expect(parseForm('issued-banner-number-before-title')).toMatchObject({
      kind: '通知',
      title: '某某部办公厅关于进一步做好某某工作的通知',
      issuers: ['某某部办公厅'],
      number: { text: '某办发〔2022〕9号', agency: '某办发', year: 2022, serial: 9 },
      addressees: ['各省、自治区、直辖市某某厅（局）'],
      date: '2022-03-05',
    });
  });

  it('a notice that issues measures: the measures are its attachment and its outline', () => {
    const doc = parseForm('issued-notice-attached-measures');
    expect(doc).toMatchObject({
      kind: '通知',
      issuers: ['国务院办公厅'],
      number: { text: '国办发〔2021〕52号' },
      date: '2021-12-03',
      attachments: ['某某资金管理办法'],
    });
    expect(labels(doc?.clauses ?? [])).toEqual([
      ['第一章', ['第一条', '第二条']],
      ['第二章', ['第三条']],
    ]);
  });

  it('a joint announcement signed on one line aligned with U+3000', () => {
    const doc = parseForm('issued-announcement-aligned-signature');
    expect(doc).toMatchObject({
      kind: '公告',
      issuers: ['财政部', '税务总局'],
      number: { text: '财政部 税务总局公告2022年第10号', year: 2022, serial: 10 },
      addressees: [],
      date: '2022-03-14',
    });
  });

  it('a bare name list under 附件 gives no attachment title', () => {
    const doc = parseForm('issued-name-list-attachment');
    expect(doc).toMatchObject({ kind: '通知', date: '2022-02-18', attachments: [] });
  });
});

describe('documents inside a news release', () => {
  it('full text after `全文如下`: issuers from the release sentence, title from 《》, cut text flagged', () => {
    const doc = parseForm('release-full-text');
    expect(doc).toMatchObject({
      form: 'release',
      release: { dateline: '新华社北京3月20日电', issuers: ['中共中央办公厅', '国务院办公厅'] },
      kind: '意见',
      title: '关于加强某某工作的意见',
      issuers: ['中共中央办公厅', '国务院办公厅'],
      number: null,
      addressees: [],
      date: null,
      incomplete: '未完待续',
      provenance: {
        issuers: { step: 'findReleaseFrame', block: 0 },
        title: { step: 'findReleaseFrame', block: 0 },
      },
    });
    expect(labels(doc?.clauses ?? [])).toEqual([
      ['一、', ['（一）', '（二）']],
      ['二、', ['（三）']],
    ]);
    // The republisher's remark is no part of the clause's text.
    expect(doc?.clauses[1]?.children[0]?.text).toBe('完善制度。健全某某制度，明确各方责任。');
  });

  it('a dateline glued to a party document`s title, with the bracketed date under it', () => {
    const doc = parseForm('release-glued-party-date');
    expect(doc).toMatchObject({
      form: 'release',
      kind: '意见',
      title: '中共中央　国务院关于做好某某工作的意见',
      issuers: ['中共中央', '国务院'],
      date: '2021-09-22',
      provenance: { date: { step: 'findPartyDate', block: 2 } },
    });
    expect(labels(doc?.clauses ?? [])).toEqual([
      ['一、', ['（一）']],
      ['二、', ['（二）']],
    ]);
  });

  it('NEAR MISS: a release that only summarises a document carries none', () => {
    expect(parseForm('release-summary-near-miss')).toBeNull();
  });
});

describe('orders and the regulations they promulgate', () => {
  it('the document is the regulation: chapters → sections → articles', () => {
    const doc = parseForm('order-regulation-sections', '李克强签署国务院令 公布《某某登记管理条例》');
    expect(doc).toMatchObject({
      form: 'order',
      kind: null,
      title: '某某登记管理条例',
      issuers: ['国务院'],
      number: {
        text: '中华人民共和国国务院令第752号',
        agency: '中华人民共和国国务院令',
        year: null,
        serial: 752,
      },
      date: '2021-07-27',
      attachments: [],
    });
    expect(labels(doc?.clauses ?? [])).toEqual([
      ['第一章', ['第一条']],
      [
        '第二章',
        [
          ['第一节', ['第二条', '第三条']],
          ['第二节', ['第四条']],
        ],
      ],
    ]);
  });

  it('NEAR MISS: news that an order was signed carries no document', () => {
    expect(parseForm('order-news-near-miss', '李克强签署国务院令 公布《某某登记管理条例》')).toBeNull();
  });
});

describe('pages about a document', () => {
  it('NEAR MISS: 答记者问 carries no document', () => {
    expect(parseForm('qa-near-miss', '司法部负责人就《某某登记管理条例》答记者问')).toBeNull();
  });

  it('NEAR MISS: 答记者问 under the document`s title, signed and dated, carries no document', () => {
    expect(parseForm('qa-titled-near-miss', '权威解读｜国务院关于加快推进某某工作的通知')).toBeNull();
  });

  it('NEAR MISS: news about a document carries none, even with a signature-like tail', () => {
    expect(parseForm('news-about-document-near-miss', '国务院印发《关于加强某某工作的意见》')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/parse/document';
import { parseAddressees } from '../../src/core/parse/head';
import type { Align, Block } from '../../src/core/types';

const b = (text: string, align: Align = null): Block => ({ text, align });

describe('parseAddressees', () => {
  it('splits on commas and semicolons only', () => {
    expect(parseAddressees('各省、自治区、直辖市人民政府，国务院各部委、各直属机构：')).toEqual([
      '各省、自治区、直辖市人民政府',
      '国务院各部委、各直属机构',
    ]);
    expect(parseAddressees('各省、自治区、直辖市财政厅（局）；国家税务总局各省税务局,商务部:')).toEqual([
      '各省、自治区、直辖市财政厅（局）',
      '国家税务总局各省税务局',
      '商务部',
    ]);
  });

  it('keeps abbreviated members such as 委、办、局 inside one group', () => {
    expect(parseAddressees('各区人民政府，市政府各委、办、局：')).toEqual([
      '各区人民政府',
      '市政府各委、办、局',
    ]);
  });

  it('keeps provinces named short before one shared body (`河北、山西…省（自治区）人民政府`)', () => {
    expect(parseAddressees('内蒙古、辽宁、黑龙江、广西省（自治区）人民政府，商务部：')).toEqual([
      '内蒙古、辽宁、黑龙江、广西省（自治区）人民政府',
      '商务部',
    ]);
    expect(parseAddressees('河北、山西、江苏省人民政府：')).toEqual(['河北、山西、江苏省人民政府']);
  });

  it('NEAR MISS: short words before a body are not provinces unless the list ends in one', () => {
    expect(parseAddressees('经研究，现将有关事项通知如下：')).toBeNull();
    expect(parseAddressees('主要包括住房、教育、医疗：')).toBeNull();
    expect(parseAddressees('北京、上海、广州：')).toBeNull();
  });

  it('takes enterprises addressed each (`各中央企业`, `有关企业`) as addressees', () => {
    expect(parseAddressees('各中央企业：')).toEqual(['各中央企业']);
    expect(parseAddressees('各省级国资委，各有关企业：')).toEqual(['各省级国资委', '各有关企业']);
  });

  it('NEAR MISS: enterprises named in a heading are no addressees', () => {
    expect(parseAddressees('支持小微企业：')).toBeNull();
    expect(parseAddressees('（一）帮扶中小企业：')).toBeNull();
  });

  it('rejects speech introductions', () => {
    expect(parseAddressees('国家发展改革委有关负责人表示：')).toBeNull();
    expect(parseAddressees('现批复如下：')).toBeNull();
  });
});

describe('parseDocument', () => {
  it('keeps a document whose attached 政策问答 stands after its closing (questions there are not the text)', () => {
    const blocks = [
      b('某某部关于做好某某工作的通知'),
      b('某发〔2022〕3号', 'center'),
      b('各省、自治区、直辖市某某厅：'),
      b('现就做好某某工作通知如下：'),
      b('一、提高认识。'),
      b('某某部', 'right'),
      b('2022年3月1日', 'right'),
      b('某某工作政策问答'),
      b('问：哪些单位适用本通知？'),
      b('答：各级某某部门。'),
    ];
    expect(parseDocument(blocks, null)).toMatchObject({ kind: '通知', date: '2022-03-01' });
  });

  it('reads a complete approval with a split title', () => {
    const blocks = [
      { ...b('国务院关于同意设立某某'), originalTitle: true },
      b('综合保税区的批复'),
      b('国函〔２０２１〕 98号', 'center'),
      b('某某省人民政府，海关总署：'),
      b('你们关于设立某某综合保税区的请示收悉。现批复如下：'),
      b('一、同意设立某某综合保税区，规划面积1.2平方公里。'),
      b(
        '二、某某省人民政府要按照《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）要求，抓好落实。',
      ),
      b('国务院', 'right'),
      b('2021年9月8日', 'right'),
      b('（此件公开发布）'),
    ];
    expect(parseDocument(blocks, '国务院批复设立某某综合保税区')).toEqual({
      kind: '批复',
      title: '国务院关于同意设立某某综合保税区的批复',
      issuers: ['国务院'],
      number: { text: '国函〔2021〕98号', agency: '国函', year: 2021, serial: 98 },
      addressees: ['某某省人民政府', '海关总署'],
      date: '2021-09-08',
      clauses: [
        {
          label: '一、',
          heading: null,
          text: '同意设立某某综合保税区，规划面积1.2平方公里。',
          children: [],
          block: 5,
        },
        {
          label: '二、',
          heading: null,
          text: '某某省人民政府要按照《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）要求，抓好落实。',
          children: [],
          block: 6,
        },
      ],
      attachments: [],
      note: '此件公开发布',
      cites: [{ text: '国发〔2019〕3号', agency: '国发', year: 2019, serial: 3 }],
      form: 'issued',
      release: null,
      incomplete: null,
      provenance: {
        kind: { step: 'findTitle', block: 0 },
        title: { step: 'findTitle', block: 0 },
        issuers: { step: 'findTitle', block: 0 },
        number: { step: 'findNumber', block: 2 },
        addressees: { step: 'findAddressees', block: 3 },
        date: { step: 'findClosing', block: 8 },
        note: { step: 'findNote', block: 9 },
      },
      titleBlocks: [0, 1],
    });
  });

  it('takes the title from the page when the body lacks it, and leaves missing parts null', () => {
    const blocks = [
      b('各省、自治区、直辖市人民政府，国务院各部委、各直属机构：'),
      b('为做好某项工作，经国务院同意，现通知如下：'),
      b('一、加强组织领导。各地区要压实责任。'),
      b('二、强化督促检查。'),
      b('国务院办公厅'),
      b('二〇二一年十一月十日'),
    ];
    const doc = parseDocument(blocks, '国务院办公厅关于做好某项工作的通知');
    expect(doc).toMatchObject({
      kind: '通知',
      title: '国务院办公厅关于做好某项工作的通知',
      issuers: ['国务院办公厅'],
      number: null,
      addressees: ['各省、自治区、直辖市人民政府', '国务院各部委、各直属机构'],
      date: '2021-11-10',
      note: null,
      attachments: [],
      cites: [],
      titleBlocks: null,
    });
    expect(doc?.clauses.map((c) => [c.label, c.heading])).toEqual([
      ['一、', '加强组织领导'],
      ['二、', '强化督促检查'],
    ]);
  });

  it('does not take a news headline as the title', () => {
    const blocks = [
      b('各省、自治区、直辖市人民政府：'),
      b('现将有关事项通知如下。'),
      b('国务院'),
      b('2022年3月1日'),
    ];
    const doc = parseDocument(blocks, '国务院部署某项工作');
    expect(doc?.title).toBeNull();
    expect(doc?.kind).toBeNull();
    expect(doc?.issuers).toEqual(['国务院']);
  });

  it('reads a joint announcement with its own number, title and an attachment list', () => {
    const blocks = [
      b('财政部 税务总局关于延续某项税收优惠政策的公告'),
      b('财政部 税务总局公告２０２１年第７号'),
      b('为支持小微企业发展，现将有关政策公告如下：'),
      b('一、某项优惠政策执行期限延长至2023年12月31日。'),
      b(
        '二、本公告所称小微企业，按《财政部 税务总局关于实施小微企业普惠性税收减免政策的通知》（财税〔2019〕13号）执行。',
      ),
      b('附件：1．优惠政策目录'),
      b('2．申报表'),
      b('财政部　税务总局', 'right'),
      b('2021年3月15日', 'right'),
    ];
    const doc = parseDocument(blocks, null);
    expect(doc).toMatchObject({
      kind: '公告',
      title: '财政部 税务总局关于延续某项税收优惠政策的公告',
      issuers: ['财政部', '税务总局'],
      number: { text: '财政部 税务总局公告2021年第7号', agency: '财政部 税务总局', year: 2021, serial: 7 },
      addressees: [],
      date: '2021-03-15',
      attachments: ['优惠政策目录', '申报表'],
      cites: [{ text: '财税〔2019〕13号', agency: '财税', year: 2019, serial: 13 }],
      titleBlocks: [0, 0],
    });
    expect(doc?.clauses.map((c) => c.label)).toEqual(['一、', '二、']);
  });

  it('reads an order with the regulation after the signature', () => {
    const blocks = [
      b('中华人民共和国国务院令', 'center'),
      b('第７４５号', 'center'),
      b('《某某管理条例》已经2021年4月14日国务院第131次常务会议通过，现予公布，自2022年3月1日起施行。'),
      b('总理 李克强', 'right'),
      b('2021年7月27日', 'right'),
      b('某某管理条例'),
      b('第一章 总则'),
      b('第一条 为了规范某某管理，制定本条例。'),
      b('第二条 本条例适用于境内的某某活动。'),
      b('第二章 登记事项'),
      b('第三条 登记事项包括名称和住所。'),
    ];
    const doc = parseDocument(blocks, '国务院公布某某管理条例');
    // The document is the regulation the order promulgates (gongwen.md), not an attachment of the order.
    expect(doc).toMatchObject({
      kind: null,
      title: '某某管理条例',
      form: 'order',
      issuers: ['国务院'],
      number: {
        text: '中华人民共和国国务院令第745号',
        agency: '中华人民共和国国务院令',
        year: null,
        serial: 745,
      },
      date: '2021-07-27',
      attachments: [],
      // The regulation's title line: Markdown shows it once, as the heading.
      titleBlocks: [5, 5],
    });
    expect(doc?.clauses.map((c) => [c.label, c.heading, c.children.map((x) => x.label)])).toEqual([
      ['第一章', '总则', ['第一条', '第二条']],
      ['第二章', '登记事项', ['第三条']],
    ]);
  });

  it('continues the outline into an attached text and keeps the 删减 note', () => {
    const blocks = [
      b('各省、自治区、直辖市人民政府，国务院各部委、各直属机构：'),
      b('现将《某某政策措施》印发给你们，请认真贯彻执行。'),
      b('国务院'),
      b('2022年5月24日'),
      b('（本文有删减）'),
      b('某某政策措施'),
      b('（两个方面3项措施）'),
      b('一、财政政策（2项）'),
      b('1．加大退税力度。在已出台政策基础上扩大范围。'),
      b('2．加快支出进度。'),
      b('二、金融政策（1项）'),
      b('3．加大信贷支持。'),
    ];
    const doc = parseDocument(blocks, '国务院关于印发某某政策措施的通知');
    expect(doc?.note).toBe('本文有删减');
    expect(doc?.attachments).toEqual(['某某政策措施']);
    expect(doc?.date).toBe('2022-05-24');
    expect(doc?.clauses.map((c) => [c.label, c.block, c.children.map((x) => x.label)])).toEqual([
      ['一、', 7, ['1．', '2．']],
      ['二、', 10, ['3．']],
    ]);
    expect(doc?.clauses[0]?.children[0]?.heading).toBe('加大退税力度');
  });

  it('reads a note right after the title', () => {
    const blocks = [
      b('国务院关于某项工作的意见'),
      b('（本文有删减）'),
      b('国发〔2021〕15号'),
      b('各省、自治区、直辖市人民政府：'),
      b('一、总体要求'),
    ];
    const doc = parseDocument(blocks, null);
    expect(doc?.note).toBe('本文有删减');
    expect(doc?.number?.text).toBe('国发〔2021〕15号');
    expect(doc?.date).toBeNull();
  });

  it('gives null for news about a document', () => {
    const blocks = [
      { ...b('“十四五”某某方案出炉 部署十大重点工程'), originalTitle: true },
      b('本报记者 张三'),
      b('1月24日，国务院发布《某某综合工作方案》（以下简称《方案》）。'),
      b('国家发展改革委有关负责人表示，《方案》提出到2025年实现某目标。'),
      b('一是聚合力，二是强服务。'),
      b('2022年1月25日'),
    ];
    expect(parseDocument(blocks, '国务院印发某某综合工作方案')).toBeNull();
  });

  it('gives null for news that quotes a document title and number once', () => {
    const blocks = [
      b('国务院关于某某工作的通知'),
      b('记者从商务部获悉，上述通知（国发〔2022〕3号）近日印发。'),
      b('通知提出，要稳住外贸基本盘。'),
    ];
    expect(parseDocument(blocks, '国务院关于某某工作的通知')).toBeNull();
  });

  it('takes no attachment from a trailing line after the date', () => {
    const blocks = [
      b('各省、自治区、直辖市人民政府：'),
      b('一、加强组织领导。'),
      b('国务院'),
      b('2022年3月1日'),
      b('点击查看政策原文'),
    ];
    const doc = parseDocument(blocks, null);
    expect(doc?.attachments).toEqual([]);
    expect(doc?.date).toBe('2022-03-01');
  });

  it('gives null for ordinary news', () => {
    const blocks = [
      b('打篮球的朋友们应该知道，走步是比赛中最常见的违规之一。'),
      b('1.5倍速播放下，计算机依然能判断出走步。'),
      b('感兴趣的伙伴们可以去看看~'),
    ];
    expect(parseDocument(blocks, 'AI 篮球裁判火了')).toBeNull();
  });

  it('takes the kind from an announcement number where the title is missing', () => {
    const doc = parseDocument(
      [
        b('中国人民银行公告〔2022〕第1号'),
        b('为规范某业务，中国人民银行决定：'),
        b('一、自2022年3月1日起，某业务按新规定办理。'),
        b('中国人民银行', 'right'),
        b('2022年1月20日', 'right'),
      ],
      '央行公告',
    );
    expect(doc).toMatchObject({ kind: '公告', title: null, issuers: ['中国人民银行'], date: '2022-01-20' });
  });

  it('in a release, takes the title repeated after `全文如下` and the party date under it', () => {
    const doc = parseDocument(
      [
        b(
          '新华社北京9月6日电 近日，中共中央、国务院印发了《某某合作区改革开放方案》，并发出通知，要求认真贯彻落实。',
        ),
        b('《某某合作区改革开放方案》全文如下。'),
        b('某某合作区改革开放方案', 'center'),
        b('（2021年9月1日）', 'center'),
        b('开发建设某某合作区是重要举措。'),
        b('一、总体要求'),
        b('二、实施范围'),
      ],
      null,
    );
    expect(doc).toMatchObject({
      form: 'release',
      kind: null,
      title: '某某合作区改革开放方案',
      issuers: ['中共中央', '国务院'],
      date: '2021-09-01',
      titleBlocks: [2, 2],
    });
    expect(doc?.clauses.map((c) => c.label)).toEqual(['一、', '二、']);
  });
});

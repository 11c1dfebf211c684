import { describe, expect, it } from 'vitest';
import { findOrderFrame } from '../../src/core/parse/order';

const SENTENCE =
  '《某某办法》已经2022年1月5日中国证券监督管理委员会2022年第1次委务会议审议通过，现予公布，自2022年3月1日起施行。';

describe('findOrderFrame', () => {
  it('reads a ministry order on one line, without the regulation`s own title line', () => {
    const frame = findOrderFrame([
      '中国证券监督管理委员会令第１９８号',
      SENTENCE,
      '主席　易会满',
      '2022年1月28日',
      '第一条　为了规范某某行为，制定本办法。',
    ]);
    expect(frame).toMatchObject({
      number: { text: '中国证券监督管理委员会令第198号', serial: 198, year: null },
      issuers: ['中国证券监督管理委员会'],
      title: { text: '某某办法', block: 1 },
      date: { date: '2022-01-28', block: 3 },
      blocks: [0, 1, 2, 3],
      start: 4,
    });
  });

  it('stands after a news lead and takes the regulation`s title line', () => {
    const frame = findOrderFrame([
      '新华社北京8月17日电 国务院总理李克强日前签署国务院令，公布《某某条例》。',
      '中华人民共和国国务院令',
      '第745号',
      SENTENCE.replace('某某办法', '某某条例'),
      '总理 李克强',
      '2021年7月30日',
      '某某条例',
      '第一章 总则',
    ]);
    expect(frame).toMatchObject({
      numberBlock: 1,
      issuers: ['国务院'],
      title: { text: '某某条例', block: 6 },
      start: 7,
    });
  });

  it('NEAR MISS: an order number without a promulgation sentence is no order frame', () => {
    expect(
      findOrderFrame(['中华人民共和国国务院令', '第745号', '条例明确，登记事项包括名称、住所等。']),
    ).toBeNull();
  });

  it('reads a joint order of two bodies on one name line', () => {
    const frame = findOrderFrame([
      '中华人民共和国国家发展和改革委员会　中华人民共和国商务部令',
      '第47号',
      '《某某清单（2021年版）》已经2021年11月29日国家发展和改革委员会第11次委务会议审议通过，现予公布，自2022年1月1日起施行。',
      '主任　何立峰',
      '部长　王文涛',
      '2021年12月27日',
      '某某清单（2021年版）',
      '一、某某。',
    ]);
    expect(frame).toMatchObject({
      number: { text: '中华人民共和国国家发展和改革委员会 中华人民共和国商务部令第47号', serial: 47 },
      issuers: ['国家发展和改革委员会', '商务部'],
      date: { date: '2021-12-27', block: 5 },
      title: { text: '某某清单（2021年版）', block: 6 },
      start: 7,
    });
  });

  it('reads a law adopted by the NPC Standing Committee (`已由…通过`)', () => {
    const frame = findOrderFrame([
      '中华人民共和国主席令',
      '第101号',
      '《中华人民共和国某某法》已由中华人民共和国第十三届全国人民代表大会常务委员会第三十次会议于2021年8月20日通过，现予公布，自2021年11月1日起施行。',
      '中华人民共和国主席　习近平',
      '2021年8月20日',
      '中华人民共和国某某法',
      '第一章　总则',
    ]);
    expect(frame).toMatchObject({
      issuers: ['中华人民共和国主席'],
      title: { text: '中华人民共和国某某法', block: 5, ownLine: true },
      date: { date: '2021-08-20', block: 4 },
      start: 6,
    });
  });

  it('reads a ministry order numbered by year (`某某银行令` / `〔2022〕第1号`)', () => {
    const frame = findOrderFrame([
      '某某银行令',
      '［２０２２］第１号',
      SENTENCE,
      '行长　张某',
      '2021年12月8日',
      '某某办法',
      '第一章　总　则',
    ]);
    expect(frame).toMatchObject({
      number: { text: '某某银行令〔2022〕第1号', agency: '某某银行令', year: 2022, serial: 1 },
      issuers: ['某某银行'],
      title: { text: '某某办法', block: 5, ownLine: true },
      date: { date: '2021-12-08', block: 4 },
      start: 6,
    });
  });

  it('NEAR MISS: a standard 发文字号 followed by a 现予公布 sentence is no order', () => {
    expect(findOrderFrame(['某发〔2022〕1号', SENTENCE, '某某部', '2022年1月28日'])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { toHalfWidthDigits } from '../../src/core/dates/document';
import { findCitedNumbers, parseNumber, parseOwnNumber } from '../../src/core/parse/number';

describe('parseNumber: a line that is one 发文字号', () => {
  it.each([
    ['国函〔2021〕112号'],
    ['国函[2021]112号'],
    ['国函［2021］112号'],
    ['国函(2021)112号'],
    ['国函（2021）112号'],
    ['国函【2021】112号'],
    ['国函〔2021]112号'],
    ['国函 〔 2021 〕 112 号'],
    ['国函〔２０２１〕１１２号'],
    ['　国函〔2021〕112号　'],
  ])('normalises %s', (line) => {
    expect(parseNumber(line)).toEqual({ text: '国函〔2021〕112号', agency: '国函', year: 2021, serial: 112 });
  });

  it('drops a stray 第 and leading zeros from a standard number', () => {
    expect(parseNumber('国办发〔2021〕第045号')).toEqual({
      text: '国办发〔2021〕45号',
      agency: '国办发',
      year: 2021,
      serial: 45,
    });
  });

  it('keeps an announcement number in its own form', () => {
    expect(parseNumber('财政部 税务总局公告2021年第7号')).toEqual({
      text: '财政部 税务总局公告2021年第7号',
      agency: '财政部 税务总局',
      year: 2021,
      serial: 7,
    });
    expect(parseNumber('国家税务总局公告２０２２年第 3 号')).toEqual({
      text: '国家税务总局公告2022年第3号',
      agency: '国家税务总局',
      year: 2022,
      serial: 3,
    });
  });

  it('keeps the 第 of an announcement numbered in brackets', () => {
    expect(parseNumber('中国人民银行公告[2022]第1号')).toEqual({
      text: '中国人民银行公告〔2022〕第1号',
      agency: '中国人民银行',
      year: 2022,
      serial: 1,
    });
  });

  it('reads an order number on one line', () => {
    expect(parseNumber('中国证券监督管理委员会令第188号')).toEqual({
      text: '中国证券监督管理委员会令第188号',
      agency: '中国证券监督管理委员会令',
      year: null,
      serial: 188,
    });
  });

  it.each([
    ['国发〔2021〕15号文件要求各地加快落实'],
    ['2021年11月2日'],
    ['第745号'],
    ['国发〔21〕15号'],
    ['一、总体要求'],
  ])('rejects %s', (line) => {
    expect(parseNumber(line)).toBeNull();
  });
});

describe('parseOwnNumber', () => {
  it('joins an order printed on two lines', () => {
    expect(parseOwnNumber('中华人民共和国国务院令', '第７４５号')).toEqual({
      number: {
        text: '中华人民共和国国务院令第745号',
        agency: '中华人民共和国国务院令',
        year: null,
        serial: 745,
      },
      lines: 2,
    });
  });

  it('joins an order numbered by year, keeping its 第 like an announcement', () => {
    expect(parseOwnNumber('中国人民银行令', '〔2022〕第1号')).toEqual({
      number: { text: '中国人民银行令〔2022〕第1号', agency: '中国人民银行令', year: 2022, serial: 1 },
      lines: 2,
    });
    expect(parseNumber('中国人民银行令（2021）第3号')?.text).toBe('中国人民银行令〔2021〕第3号');
  });

  it('reads a presidential order numbered in Chinese numerals, bracketed or not, keeping them as printed', () => {
    const order = {
      text: '中华人民共和国主席令第九十一号',
      agency: '中华人民共和国主席令',
      year: null,
      serial: 91,
    };
    expect(parseOwnNumber('中华人民共和国主席令', '第九十一号')).toEqual({ number: order, lines: 2 });
    expect(parseOwnNumber('中华人民共和国主席令', '（第九十一号）')).toEqual({ number: order, lines: 2 });
    expect(parseNumber('中华人民共和国主席令（第一〇一号）')?.serial).toBe(101);
    expect(parseNumber('中华人民共和国主席令第一百零四号')?.serial).toBe(104);
  });

  it('NEAR MISS: Chinese numerals that make no number are no serial', () => {
    expect(parseOwnNumber('中华人民共和国主席令', '第十十号')).toBeNull();
    expect(parseOwnNumber('中华人民共和国主席令', '第一批号')).toBeNull();
  });

  it('uses one line when the next line is not a serial', () => {
    expect(parseOwnNumber('国发〔2021〕15号', '各省、自治区、直辖市人民政府：')?.lines).toBe(1);
    expect(
      parseOwnNumber('中华人民共和国国务院令', '《中华人民共和国市场主体登记管理条例》已经通过'),
    ).toBeNull();
  });
});

describe('findCitedNumbers', () => {
  it('finds numbers in running text in first-appearance order, without duplicates', () => {
    const text =
      '根据《国务院关于进一步做好稳就业工作的意见》（国发〔2019〕28号）和《国务院办公厅关于加快发展保障性租赁住房的意见》' +
      '（国办发［2021］22号）精神，继续执行国发〔2019〕28号文件的规定，并按财政部 税务总局公告2021年第7号执行。';
    expect(findCitedNumbers(text).map((n) => n.text)).toEqual([
      '国发〔2019〕28号',
      '国办发〔2021〕22号',
      '财政部 税务总局公告2021年第7号',
    ]);
  });

  it('keeps first-appearance order across lines and families (each line is scanned on its own)', () => {
    const text = [
      '第一段没有文号。',
      '依据财政部 税务总局公告2021年第7号，',
      '并按《条例》（国务院令第745号）及国发〔2019〕28号执行；',
      '国办发（2021）22号同时废止，财政部 税务总局公告2021年第7号继续有效。',
    ].join('\n');
    expect(findCitedNumbers(text).map((n) => n.text)).toEqual([
      '财政部 税务总局公告2021年第7号',
      '国务院令第745号',
      '国发〔2019〕28号',
      '国办发〔2021〕22号',
    ]);
  });

  it('cuts a function word off the agency code', () => {
    expect(findCitedNumbers('按照国办发〔2020〕6号要求')).toEqual([
      { text: '国办发〔2020〕6号', agency: '国办发', year: 2020, serial: 6 },
    ]);
  });

  it('never includes the document own number', () => {
    const own = parseNumber('国发〔2021〕15号');
    const found = findCitedNumbers('国发〔2021〕15号\n废止《…的通知》（国发〔2015〕3号）。', own);
    expect(found.map((n) => n.text)).toEqual(['国发〔2015〕3号']);
  });

  it('finds orders cited in brackets', () => {
    expect(findCitedNumbers('《条例》（国务院令第745号）自公布之日起施行。').map((n) => n.text)).toEqual([
      '国务院令第745号',
    ]);
  });

  it('keeps names that contain 和 whole', () => {
    expect(
      findCitedNumbers('依照中华人民共和国国务院令第745号，住房和城乡建设部公告2022年第5号同时废止。').map(
        (n) => n.agency,
      ),
    ).toEqual(['中华人民共和国国务院令', '住房和城乡建设部']);
  });

  it('finds nothing in plain prose with years and counts', () => {
    expect(findCitedNumbers('2021年第一季度，全国新增就业（城镇）297万人，占全年目标的27%。')).toEqual([]);
  });
});

describe('toHalfWidthDigits', () => {
  it('converts full-width digits only', () => {
    expect(toHalfWidthDigits('〔２０２１〕１号ａ')).toBe('〔2021〕1号ａ');
  });
});

describe('findCitedNumbers on long unpunctuated runs', () => {
  // A paragraph of 200 Chinese characters without punctuation used to make the announcement pattern
  // backtrack through every way of splitting the run into names (minutes of work, the page frozen).
  it('finishes and finds nothing in a long run without a number', () => {
    const run = '推进贸易高质量发展部际联席会议各成员单位有关部门'.repeat(8);
    expect(findCitedNumbers(`${run}公告`)).toEqual([]);
    expect(findCitedNumbers(`${run}令`)).toEqual([]);
  });

  it('still reads an announcement whose issuers are separated by spaces after a long run', () => {
    const run = '推进贸易高质量发展部际联席会议各成员单位有关部门'.repeat(8);
    expect(findCitedNumbers(`${run}，按照财政部 税务总局公告2021年第7号执行`).map((n) => n.text)).toEqual([
      '财政部 税务总局公告2021年第7号',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/dates/calendar';
import { parseDate } from '../../src/core/dates/document';

describe('parseDate', () => {
  it.each([
    ['2021年11月2日', '2021-11-02'],
    ['2021年8月21日', '2021-08-21'],
    ['２０２２年５月２４日', '2022-05-24'],
    ['2022 年 5 月 24 日', '2022-05-24'],
    ['　2021年11月10日　', '2021-11-10'],
    ['二〇二一年十一月二日', '2021-11-02'],
    ['二○二一年十一月二日', '2021-11-02'],
    ['二零二一年十二月三十一日', '2021-12-31'],
    ['二〇二〇年二月二十九日', '2020-02-29'],
    ['二〇一九年十月十日', '2019-10-10'],
    ['二〇一九年一月二十日', '2019-01-20'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([
    ['2021年13月2日'],
    ['2021年2月30日'],
    ['2021年2月29日'],
    ['2021年4月31日'],
    ['二〇二一年十三月一日'],
    ['二〇二一年二月三十日'],
    ['二〇二一年十一月三十二日'],
    ['二〇二一年二三月一日'],
    ['1月24日，国务院发布《方案》'],
    ['2021年11月'],
    ['国务院 2021年11月2日'],
  ])('rejects %s', (text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe('isoDate', () => {
  it('knows leap years', () => {
    expect(isoDate(2000, 2, 29)).toBe('2000-02-29');
    expect(isoDate(1900, 2, 29)).toBeNull();
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
  });
});

import { describe, expect, it } from 'vitest';
import { findReleaseFrame } from '../../src/core/parse/release';

const SENTENCE =
  '近日，中共中央办公厅、国务院办公厅印发了《关于加强某某工作的意见》，并发出通知，要求各地区各部门认真贯彻落实。';

describe('findReleaseFrame', () => {
  it('reads the dateline with a space, without one, and with U+3000', () => {
    for (const gap of [' ', '', '　']) {
      const frame = findReleaseFrame([
        `新华社北京3月20日电${gap}${SENTENCE}`,
        '《关于加强某某工作的意见》全文如下。',
        '一、总体要求',
      ]);
      expect(frame).toMatchObject({
        release: { dateline: '新华社北京3月20日电', issuers: ['中共中央办公厅', '国务院办公厅'] },
        title: { text: '关于加强某某工作的意见', block: 0 },
        start: 2,
      });
    }
  });

  it('reads issuers that stand before the time word (`…办公厅日前印发了`)', () => {
    const frame = findReleaseFrame([
      '新华社北京10月21日电 中共中央办公厅、国务院办公厅日前印发了《关于推动某某发展的意见》，并发出通知。',
      '《关于推动某某发展的意见》全文如下。',
    ]);
    expect(frame?.release.issuers).toEqual(['中共中央办公厅', '国务院办公厅']);
    // 和 is part of many names: it never splits them.
    const joint = findReleaseFrame([
      '近日，住房和城乡建设部、国家发展和改革委员会印发了《某某规划》，全文如下：',
      '一、总体要求',
    ]);
    expect(joint?.release.issuers).toEqual(['住房和城乡建设部', '国家发展和改革委员会']);
    const withYu = findReleaseFrame(['国务院办公厅于近日印发《某某方案》，全文如下：', '一、总体要求']);
    expect(withYu?.release.issuers).toEqual(['国务院办公厅']);
  });

  it('finds `《T》全文如下` after the release`s own paragraphs (通知指出 …)', () => {
    const frame = findReleaseFrame([
      `新华社北京10月16日电 ${SENTENCE}`,
      '通知指出，某某工作是一项基础性工作。',
      '通知强调，要切实加强组织领导。',
      '通知要求，各地区各部门贯彻落实中的重要情况和建议，要及时报告党中央。',
      '《关于加强某某工作的意见》全文如下。',
      '一、总体要求',
    ]);
    expect(frame).toMatchObject({ blocks: [0, 1, 2, 3, 4], start: 5 });
  });

  it('takes `主要内容如下` and a marker in the same paragraph', () => {
    expect(findReleaseFrame([`新华社北京3月20日电 ${SENTENCE}主要内容如下。`, '一、总体要求'])?.start).toBe(
      1,
    );
  });

  it('skips a repeated headline and （受权发布） before the dateline', () => {
    const frame = findReleaseFrame([
      '（受权发布）中共中央 国务院印发《某某方案》',
      '新华社北京9月6日电 近日，中共中央、国务院印发了《某某方案》，并发出通知，要求认真贯彻落实。',
      '《某某方案》全文如下。',
      '一、总体要求',
    ]);
    expect(frame).toMatchObject({
      release: { dateline: '新华社北京9月6日电', issuers: ['中共中央', '国务院'] },
      title: { text: '某某方案', block: 1 },
      blocks: [0, 1, 2],
      start: 3,
    });
  });

  it('cuts a dateline glued to the document`s title', () => {
    expect(
      findReleaseFrame(['新华社北京10月24日电中共中央　国务院关于做好某某工作的意见', '（2021年9月22日）']),
    ).toMatchObject({
      title: null,
      glued: '中共中央　国务院关于做好某某工作的意见',
      start: 0,
      blocks: [],
    });
  });

  it('NEAR MISS: a release sentence without `全文如下` frames no document text', () => {
    const frame = findReleaseFrame([
      `新华社北京3月20日电 ${SENTENCE}`,
      '通知指出，加强某某工作是一项重要任务。',
    ]);
    expect(frame?.title ?? null).toBeNull();
  });

  it('NEAR MISS: reported 印发 by a person is no release sentence', () => {
    expect(findReleaseFrame(['记者近日获悉，他印发了《某某材料》全文如下。'])).toBeNull();
  });

  it('reads a release that forwards (转发) a document, marking it forwarded', () => {
    const frame = findReleaseFrame([
      '新华社北京6月1日电　近日，中共中央办公厅转发了《某某部关于加强某某工作的意见》，并发出通知，要求各地区各部门结合实际认真贯彻落实。',
      '《某某部关于加强某某工作的意见》全文如下。',
      '一、总体要求',
    ]);
    expect(frame).toMatchObject({
      release: { issuers: ['中共中央办公厅'] },
      title: { text: '某某部关于加强某某工作的意见', block: 0 },
      forwarded: true,
      start: 2,
    });
    expect(
      findReleaseFrame([`新华社北京3月20日电 ${SENTENCE}`, '《关于加强某某工作的意见》全文如下。'])
        ?.forwarded,
    ).toBe(false);
  });

  it('NEAR MISS: a forwarded document reported without its full text frames no document text', () => {
    const frame = findReleaseFrame([
      '新华社北京6月1日电　近日，中共中央办公厅转发了《某某部关于加强某某工作的意见》，并发出通知。',
      '通知指出，加强某某工作意义重大。',
    ]);
    expect(frame?.title ?? null).toBeNull();
  });
});

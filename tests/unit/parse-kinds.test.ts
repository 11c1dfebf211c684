import { describe, expect, it } from 'vitest';
import {
  isDocumentTitle,
  isSignatureLine,
  issuersFromSignature,
  issuersFromTitle,
  kindFromTitle,
} from '../../src/core/parse/kinds';
import { DOC_KINDS } from '../../src/core/types';

describe('kindFromTitle', () => {
  it('knows the fifteen kinds', () => {
    expect(DOC_KINDS).toHaveLength(15);
    for (const kind of DOC_KINDS) expect(kindFromTitle(`国务院关于某事项的${kind}`)).toBe(kind);
  });

  it.each([
    ['国务院关于同意设立某开发区的批复', '批复'],
    ['国务院办公厅关于进一步做好某工作的通知', '通知'],
    ['国务院关于加快某产业发展的指导意见', '意见'],
    ['商务部办公厅关于某事项的复函', '函'],
    ['中华人民共和国国务院令', '命令'],
    ['全国人民代表大会常务委员会关于某事项的决定', '决定'],
    ['国务院关于某事项的通知（国发〔2021〕1号）', '通知'],
  ])('%s → %s', (title, kind) => {
    expect(kindFromTitle(title)).toBe(kind);
  });

  it('gives null when the last word is not a kind', () => {
    expect(kindFromTitle('“十四五”节能减排综合工作方案出炉')).toBeNull();
    expect(kindFromTitle('中华人民共和国市场主体登记管理条例')).toBeNull();
  });
});

describe('isDocumentTitle', () => {
  it('accepts issuer + 关于 … + kind', () => {
    expect(isDocumentTitle('国务院关于“十四五”对外贸易高质量发展规划的批复')).toBe(true);
    expect(isDocumentTitle('财政部 税务总局关于延续实施某税收优惠政策的公告')).toBe(true);
    expect(isDocumentTitle('国务院办公厅转发国家发展改革委关于某工作意见的通知')).toBe(true);
  });

  it('rejects headlines and sentences', () => {
    expect(isDocumentTitle('国务院印发《扎实稳住经济一揽子政策措施》')).toBe(false);
    expect(isDocumentTitle('国务院关于某事项的通知已印发。')).toBe(false);
    expect(isDocumentTitle('各省、自治区、直辖市人民政府：')).toBe(false);
    expect(isDocumentTitle('国务院关于“十四五”对外贸易')).toBe(false);
  });
});

describe('issuers', () => {
  it('reads joint issuers from a title', () => {
    expect(issuersFromTitle('财政部 税务总局关于某政策的公告')).toEqual(['财政部', '税务总局']);
    expect(issuersFromTitle('国务院办公厅关于某工作的通知')).toEqual(['国务院办公厅']);
    expect(issuersFromTitle('关于某工作的通知')).toEqual([]);
  });

  it('reads issuers from the signature block, not from a person signature', () => {
    expect(issuersFromSignature(['财政部　税务总局'])).toEqual(['财政部', '税务总局']);
    expect(issuersFromSignature(['国家发展改革委', '国家能源局'])).toEqual(['国家发展改革委', '国家能源局']);
    expect(issuersFromSignature(['总理 李克强'])).toEqual([]);
  });

  it('tells signature lines from prose', () => {
    expect(isSignatureLine('国务院')).toBe(true);
    expect(isSignatureLine('总理 李克强')).toBe(true);
    expect(isSignatureLine('国务院关于支持北京城市副中心')).toBe(false);
    expect(isSignatureLine('国务院常务会议指出，要稳住经济。')).toBe(false);
    expect(isSignatureLine('感兴趣的伙伴们可以去看看')).toBe(false);
  });
});

// @vitest-environment jsdom
// Copy of a selection: only the selected text, cleaned by the rule table on a clone, then the source
// line; the page stays exactly as it was. (jsdom: happy-dom's Range clones nothing across elements.)
import { describe, expect, it } from 'vitest';
import { copySelection } from '../../src/core/copy/selection';
import { sourceLine } from '../../src/core/copy/source-line';
import { BODY_RULES } from '../../src/core/rules';
import type { PageInfo } from '../../src/core/types';
import { articleBody } from '../helpers/html';

const page: PageInfo = {
  kind: 'article',
  title: '中方正式提出申请加入CPTPP',
  publishedAt: '2021-09-17T07:30:00+08:00',
  source: '新京报',
  url: 'https://finance.sina.com.cn/china/2021-09-17/doc-x.shtml',
};

const BODY =
  '<p id="p1">　　第一段不选。</p>' +
  '<p id="p2">　　中方正式提出申请加入《全面与进步跨<span id="stock_sh601099"><a class="keyword" href="https://finance.sina.com.cn/realstock/company/sh601099/nc.shtml">太平洋</a></span><span id="quote_sh601099">12.34(+1.2%)</span>伙伴关系协定》。</p>' +
  '<div class="appendQr_wrap"><p>海量资讯、精准解读，尽在新浪财经APP</p></div>' +
  '<p id="p3">　　商务部将与各成员进行必要的磋商。</p>' +
  '<p id="p4" class="article-editor">责任编辑：王珊珊</p>';

function select(startId: string, startOffset: number, endId: string, endOffset: number) {
  const { doc, body } = articleBody(BODY);
  const range = doc.createRange();
  const textIn = (id: string) => doc.getElementById(id)?.firstChild as Node;
  range.setStart(textIn(startId), startOffset);
  range.setEnd(textIn(endId), endOffset);
  return { range, body };
}

describe('copySelection', () => {
  it('copies just the selection, words re-joined and promos out, then the source line', () => {
    const { range, body } = select('p2', 2, 'p4', 5);
    const before = body.innerHTML;
    expect(copySelection(range, page, BODY_RULES)).toBe(
      [
        '中方正式提出申请加入《全面与进步跨太平洋伙伴关系协定》。',
        '商务部将与各成员进行必要的磋商。',
        '来源：新京报《中方正式提出申请加入CPTPP》 链接：https://finance.sina.com.cn/china/2021-09-17/doc-x.shtml',
      ].join('\n\n'),
    );
    expect(body.innerHTML, 'the page is untouched').toBe(before);
  });

  it('copies part of one paragraph', () => {
    const { range } = select('p3', 2, 'p3', 8);
    expect(copySelection(range, page, BODY_RULES).split('\n\n')[0]).toBe('商务部将与各');
  });

  it('honours the rules the reader left on', () => {
    const { range } = select('p2', 2, 'p4', 5);
    expect(copySelection(range, page, [])).toContain('12.34(+1.2%)');
  });

  it('takes an already cloned fragment too', () => {
    const { range } = select('p1', 2, 'p1', 7);
    expect(copySelection(range.cloneContents(), page, BODY_RULES).startsWith('第一段不选')).toBe(true);
  });
});

describe('sourceLine', () => {
  it('names the outlet, else the site, and leaves out what is unknown', () => {
    expect(sourceLine({ ...page, source: null })).toBe(
      '来源：新浪财经《中方正式提出申请加入CPTPP》 链接：https://finance.sina.com.cn/china/2021-09-17/doc-x.shtml',
    );
    expect(sourceLine({ ...page, title: null, url: null })).toBe('来源：新京报');
    expect(sourceLine({ ...page, title: null, url: null, source: null })).toBe('');
  });
});

// @vitest-environment jsdom
// The context menu's selection copy, as the content script calls it: only a selection inside the
// article counts (then it is the cleaned selection with its source line); nothing selected, or a
// selection outside the article, gives null and the caller copies the whole text.
import { afterEach, describe, expect, it } from 'vitest';
import { selectionText } from '../../src/common/selection';
import { BODY_RULES } from '../../src/core/rules';
import type { PageInfo } from '../../src/core/types';

const page: PageInfo = {
  kind: 'article',
  title: '标题',
  publishedAt: '2021-09-17T07:30:00+08:00',
  source: '新京报',
  url: 'https://finance.sina.com.cn/china/2021-09-17/doc-x.shtml',
};

function setUp() {
  document.body.innerHTML =
    '<div id="side"><p id="s">侧栏热门文章</p></div>' +
    '<div id="artibody"><p id="a">　　商务部将与各成员进行必要的磋商。</p>' +
    '<div class="appendQr_wrap"><p>海量资讯、精准解读，尽在新浪财经APP</p></div>' +
    '<p id="b">　　第二段。</p></div>';
  return document.getElementById('artibody') as Element;
}

function selectText(fromId: string, toId: string) {
  const range = document.createRange();
  range.setStart(document.getElementById(fromId)?.firstChild as Node, 2);
  range.setEnd(document.getElementById(toId)?.firstChild as Node, 4);
  const selection = getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

afterEach(() => {
  getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

describe('selectionText', () => {
  it('copies a selection inside the article, cleaned, then the source line', () => {
    const body = setUp();
    const text = selectionText(selectText('a', 'b'), body, page, BODY_RULES);
    expect(text).not.toBeNull();
    const [first, ...rest] = (text ?? '').split('\n\n');
    expect(first).toBe('商务部将与各成员进行必要的磋商。');
    expect(text).not.toContain('新浪财经APP');
    expect(rest.join('\n\n')).toContain(page.url);
    expect(document.querySelector('.appendQr_wrap')).not.toBeNull(); // the page is untouched
  });

  it('gives null for a selection outside the article, or none', () => {
    const body = setUp();
    expect(selectionText(selectText('s', 's'), body, page, BODY_RULES)).toBeNull();
    getSelection()?.removeAllRanges();
    expect(selectionText(getSelection(), body, page, BODY_RULES)).toBeNull();
    expect(selectionText(null, body, page, BODY_RULES)).toBeNull();
  });
});

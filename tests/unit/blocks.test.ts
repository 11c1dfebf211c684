import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/core/blocks';
import { articleBody } from '../helpers/html';

const texts = (inner: string) => buildBlocks(articleBody(inner).body).map((b) => b.text);

describe('buildBlocks', () => {
  it('makes one block per paragraph, strips the ideographic indent and collapses white space', () => {
    expect(texts('<p>　　第一段  文字\n继续。</p><p>　　第二段。</p>')).toEqual([
      '第一段 文字 继续。',
      '第二段。',
    ]);
  });

  it('keeps full-width spaces inside a paragraph as printed', () => {
    expect(texts('<p>　　财政部　税务总局</p>')).toEqual(['财政部　税务总局']);
  });

  it('splits at <br> and at nested blocks, and skips scripts, styles and hidden elements', () => {
    expect(
      texts(
        '<p>上一行<br>下一行</p><div>外层<p>内层</p>尾</div><script>var a=1</script><style>p{}</style><div style="display:none">藏</div>',
      ),
    ).toEqual(['上一行', '下一行', '外层', '内层', '尾']);
  });

  it('restores each owner and alignment as nested blocks end together, and after empty elements', () => {
    const body = articleBody(
      '<div align="right"><div align="center"><p><span><a href="x">最深</a></span></p></div>中层</div>尾<p></p><div><br></div>末',
    ).body;
    const blocks = buildBlocks(body);
    expect(blocks.map((b) => [b.text, b.align, (b.node as Element).tagName])).toEqual([
      ['最深', 'center', 'P'],
      ['中层', 'right', 'DIV'],
      ['尾', null, body.tagName],
      ['末', null, body.tagName],
    ]);
  });

  it('ends a caption with its element, even an inline one inside a link: the next paragraph is no caption', () => {
    const blocks = buildBlocks(
      articleBody(
        '<p><img src="a.jpg"><a href="x"><span class="img_descr">图为会场</span></a></p><p>下一段。</p>',
      ).body,
    );
    expect(blocks.map((b) => [b.text, b.caption ?? false, b.image ?? null])).toEqual([
      ['图为会场', true, 'a.jpg'],
      ['下一段。', false, null],
    ]);
  });

  it('drops 原标题： and marks the block', () => {
    const blocks = buildBlocks(articleBody('<p>　　原标题：国务院关于某事的批复</p>').body);
    expect(blocks).toEqual([expect.objectContaining({ text: '国务院关于某事的批复', originalTitle: true })]);
  });

  it('reads alignment from style and align attributes, inherited within the body but not into tables', () => {
    const blocks = buildBlocks(
      articleBody(
        '<p style="text-align: right;">国务院</p><p align="center">国函〔2021〕112号</p><center><p>居中</p><table><tr><td>表格</td></tr></table></center><p>普通</p>',
      ).body,
    );
    expect(blocks.map((b) => [b.text, b.align])).toEqual([
      ['国务院', 'right'],
      ['国函〔2021〕112号', 'center'],
      ['居中', 'center'],
      ['表格', null],
      ['普通', null],
    ]);
  });

  it('keeps image captions as their own blocks and ignores empty paragraphs', () => {
    expect(
      texts(
        '<div class="img_wrapper"><img src="a.jpg"><span class="img_descr">图为现场</span></div><p> </p><p>　</p>',
      ),
    ).toEqual(['图为现场']);
  });

  it('reads text-only elements whole, with inline runs, captions and cells as the walk gives them', () => {
    const blocks = buildBlocks(
      articleBody(
        '<p>前<b>粗</b>后<!-- 注释 -->尾</p><div><img src="a.jpg"><span class="img_descr"><b>图注</b></span></div><table><tr><td>甲</td><td><b>乙</b></td></tr></table>',
      ).body,
    );
    expect(blocks.map((b) => [b.text, b.caption ?? false, b.image ?? null])).toEqual([
      ['前粗后尾', false, null],
      ['图注', true, 'a.jpg'],
      ['甲\t乙', false, null],
    ]);
  });

  it('points each block at the element it came from', () => {
    const { body } = articleBody('<p id="a">甲</p><p id="b">乙<br>丙</p>');
    expect(buildBlocks(body).map((b) => b.node?.id)).toEqual(['a', 'b', 'b']);
  });
});

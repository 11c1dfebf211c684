// Table structure and image captions in the ONE walk: a table of short cells is one block with its
// rows; layout tables give their paragraphs as they are; captions are marked with their image.
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/core/blocks';
import { articleBody } from '../helpers/html';

const build = (inner: string) => buildBlocks(articleBody(inner).body);

describe('tables', () => {
  it('makes a table of short cells one block: rows of cells, text as tab-separated lines', () => {
    const blocks = build(
      '<p>前文</p><table><thead><tr><th>指标</th><th>2021年</th></tr></thead><tbody><tr><td><p>能耗</p></td><td>下降3%</td></tr><tr><td>排放</td><td></td></tr></tbody></table><p>后文</p>',
    );
    expect(blocks.map((b) => b.text)).toEqual(['前文', '指标\t2021年\n能耗\t下降3%\n排放\t', '后文']);
    expect(blocks[1]?.table).toEqual({
      rows: [
        ['指标', '2021年'],
        ['能耗', '下降3%'],
        ['排放', ''],
      ],
      merged: false,
    });
    expect(blocks[1]?.node?.tagName).toBe('TABLE');
  });

  it('says when a cell spans rows or columns', () => {
    const [block] = build(
      '<table><tr><td rowspan="2">地区</td><td>甲</td></tr><tr><td>乙</td></tr><tr><td colspan="2">合计</td></tr></table>',
    );
    expect(block?.table).toEqual({ rows: [['地区', '甲'], ['乙'], ['合计']], merged: true });
  });

  it('drops a layout table with no text, and keeps the paragraphs of a layout table as they are', () => {
    expect(
      build('<table><tr><td><img src="x.gif"></td><td> </td></tr></table><p>正文</p>').map((b) => b.text),
    ).toEqual(['正文']);
    const column = '<p>第一段。</p><p>第二段。</p><p>第三段。</p><p>第四段。</p>';
    expect(build(`<table><tr><td>导航</td><td>${column}</td></tr></table>`).map((b) => b.text)).toEqual([
      '导航',
      '第一段。',
      '第二段。',
      '第三段。',
      '第四段。',
    ]);
    // one column: a box around text, not a grid
    expect(build('<table><tr><td>一段</td></tr><tr><td>二段</td></tr></table>').map((b) => b.table)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('reads a table inside a layout table as a table', () => {
    const blocks = build(
      '<table><tr><td><p>说明</p><table><tr><td>甲</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></table></td></tr></table>',
    );
    expect(blocks.map((b) => b.text)).toEqual(['说明', '甲\t1\n乙\t2']);
  });

  it('keeps a caption beside its table', () => {
    const blocks = build('<table><caption>表1 主要指标</caption><tr><td>甲</td><td>1</td></tr></table>');
    expect(blocks.map((b) => b.text)).toEqual(['表1 主要指标', '甲\t1']);
  });
});

describe('image captions', () => {
  it('marks span.img_descr and figcaption text as captions, with the image address', () => {
    const blocks = build(
      '<div class="img_wrapper"><img src="//n.sinaimg.cn/a.jpg"><span class="img_descr">图为现场</span></div><p>正文</p><figure><img src="b.png"><figcaption>示意图</figcaption></figure>',
    );
    expect(blocks.map((b) => [b.text, b.caption ?? false, b.image])).toEqual([
      ['图为现场', true, '//n.sinaimg.cn/a.jpg'],
      ['正文', false, undefined],
      ['示意图', true, 'b.png'],
    ]);
  });

  it('does not lend an empty caption or a caption-less image to the next paragraph', () => {
    const blocks = build(
      '<div class="img_wrapper"><img src="a.gif"><span class="img_descr"></span></div><p>正文</p>',
    );
    expect(blocks).toEqual([expect.objectContaining({ text: '正文' })]);
    expect(blocks[0]).not.toHaveProperty('caption');
    expect(blocks[0]).not.toHaveProperty('image');
  });
});

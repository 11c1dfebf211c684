// The page's date and source from its metadata, read as detect's `readMetas` reads the metas: key =
// property, else name; from the head, the document only where the head has none; the first
// non-empty value wins. Pinned here for any cheaper way of reading them.
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/core/describe';
import { page } from '../helpers/html';

const body = `<h1 class="main-title">标题</h1><div id="artibody"><p>　　${'正文的一段文字，足够长。'.repeat(30)}</p></div>`;
const described = (head: string, extra = '') =>
  detect(page(`<html><head>${head}</head><body>${extra}${body}</body></html>`)).page;

describe('describePage metadata', () => {
  it('keys a meta by its property before its name', () => {
    const info = described(
      '<meta property="og:site_name" name="article:author" content="不是来源"><meta name="mediaid" content="新京报">',
    );
    expect(info.source).toBe('新京报');
  });

  it('takes the first non-empty value of a key', () => {
    const info = described(
      '<meta property="article:author" content="  "><meta name="article:author" content=" 每日  经济新闻 "><meta property="article:author" content="第三个">',
    );
    expect(info.source).toBe('每日 经济新闻');
  });

  it('prefers the published time over the create time, whatever their order', () => {
    const info = described(
      '<meta name="weibo: article:create_at" content="2020-01-02 03:04:05"><meta property="article:published_time" content="2021-11-23T15:17:32+08:00">',
    );
    expect(info.publishedAt).toBe('2021-11-23T15:17:32+08:00');
  });

  it('reads metas in the body only where the head has none', () => {
    const inBody = '<meta property="article:author" content="正文里的来源">';
    expect(described('', inBody).source).toBe('正文里的来源');
    expect(described('<meta name="keywords" content="词">', inBody).source).toBeNull();
  });

  it('without metas, takes the first date line and source that hold text, past empty ones', () => {
    const info = described(
      '',
      '<span class="date"> </span><a class="source"></a><div class="date-source"><span class="date">2021年11月23日 15:17</span><span class="source">人民日报</span></div>',
    );
    expect(info.publishedAt).toBe('2021-11-23T15:17:00+08:00');
    expect(info.source).toBe('人民日报');
  });
});

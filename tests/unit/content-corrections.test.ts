// The content script's side of the reader's corrections (content/lazy/corrections.ts) on a session
// over a page: 仍然净化 cleans a page the detector refused, is remembered for its address pattern and
// is undone exactly; 这不是公文 / 这是公文 take the document view away and bring it back, remembered
// for the address. Storage is a stand-in for storage.local.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PanelModel } from '../../src/common/model';
import { Session } from '../../src/content/session';
import { BODY_RULES } from '../../src/core/rules';
import { testLifetime } from '../helpers/after-test';
import { DEMO_HTML, DEMO_URL } from '../helpers/fixtures';
import { fakeSheet } from '../helpers/sheet';

/** storage.local as the extension sees it, kept in a plain object. */
const local = vi.hoisted(() => {
  const items: Record<string, unknown> = {};
  const area = {
    items,
    get: async (keys: string | string[]) =>
      Object.fromEntries(
        [keys]
          .flat()
          .filter((k) => k in items)
          .map((k) => [k, structuredClone(items[k])]),
      ),
    set: async (values: Record<string, unknown>) => void Object.assign(items, structuredClone(values)),
    remove: async (key: string) => void delete items[key],
  };
  (globalThis as { chrome?: unknown }).chrome = {
    storage: { local: area, sync: area },
    runtime: { id: 'test' },
  };
  return area;
});

type Lazy = typeof import('../../src/content/lazy/corrections') &
  typeof import('../../src/content/lazy/analyser');
/** The corrections and the analyser, fresh (with one store of the overrides between them). */
const lazyModules = async (): Promise<Lazy> => ({
  ...(await import('../../src/content/lazy/corrections')),
  ...(await import('../../src/content/lazy/analyser')),
});
let lazy: Lazy;

beforeEach(async () => {
  for (const key of Object.keys(local.items)) delete local.items[key];
  // A fresh module each time: it reads the stored overrides once per page.
  vi.resetModules();
  lazy = await lazyModules();
});

const SENTENCE = '<p>财经头条作者今日撰文称，多家银行下调了存款利率，储户应当关注期限结构的变化。</p>';
/** A 财经头条 page of a layout nobody has listed, without the metadata that lets the fallback try. */
const REFUSED = `<html><head><title>存款利率又降了_新浪财经</title></head><body><div class="nav"><a href="/">首页</a></div>
<div class="post-main">${SENTENCE}${SENTENCE}<p>（责任编辑：张申）</p></div></body></html>`;
const REFUSED_URL = 'https://cj.sina.com.cn/articles/view/7857201856/1d45362c0019?from=home';

function pageOn(html: string, url: string) {
  // The lazy half reads the page's own address, as on a live page.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const lifetime = testLifetime();
  const models: PanelModel[] = [];
  const session = new Session({
    signal: lifetime.signal,
    doc,
    url,
    rules: BODY_RULES,
    sheet: fakeSheet().page,
    onChange: (model) => models.push(model),
  });
  const follow = vi.fn(async () => session.withAnalysis(() => lazy.analyserFor(session)));
  const page = {
    session,
    settings: {} as never,
    rules: [],
    scratch: () => null,
    analysed: follow,
    follow,
  };
  return { doc, session, models, page, follow };
}

describe('仍然净化', () => {
  it('cleans a refused page, remembers its address pattern, and is undone to the identical HTML', async () => {
    const { doc, session, models, page, follow } = pageOn(REFUSED, REFUSED_URL);
    const before = doc.documentElement.outerHTML;
    expect(session.start(false)).toBe(false);

    await lazy.correct('clean-anyway', page);
    expect(session.isArticle).toBe(true);
    expect(session.body?.className).toBe('post-main');
    expect(doc.body.textContent).not.toContain('责任编辑');
    expect(models.at(-1)?.corrections?.cleanAnyway).toBe(true);
    expect(models.at(-1)?.result?.removed).toEqual([{ rule: 'editor-line', count: 1 }]);
    expect(local.items.cleanAnyway).toEqual(['cj.sina.com.cn/articles/view/*/*']);
    expect(follow).toHaveBeenCalled();

    await lazy.correct('stop-cleaning', page);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(session.isArticle).toBe(false);
    expect(models.at(-1)).toMatchObject({ status: 'not-article', corrections: { cleanAnyway: false } });
    expect('cleanAnyway' in local.items).toBe(false);
  });

  it('is applied by itself to the next page of the same layout, and not to another', async () => {
    const first = pageOn(REFUSED, REFUSED_URL);
    first.session.start(false);
    await lazy.correct('clean-anyway', first.page);

    vi.resetModules();
    lazy = await lazyModules();
    const next = pageOn(REFUSED, 'https://cj.sina.com.cn/articles/view/1234567890/ab77');
    next.session.start(false);
    expect(await lazy.takeRefusedPage(next.page)).toBe(true);
    expect(next.session.isArticle).toBe(true);

    const other = pageOn(REFUSED, 'https://finance.sina.com.cn/roll/index.d.html');
    other.session.start(false);
    expect(await lazy.takeRefusedPage(other.page)).toBe(false);
    expect(other.session.isArticle).toBe(false);
  });

  it('is taken back by the context menu’s 撤销更正 before the document view', async () => {
    const { doc, session, page } = pageOn(REFUSED, REFUSED_URL);
    const before = doc.documentElement.outerHTML;
    session.start(false);
    await lazy.correct('clean-anyway', page);
    await lazy.correct('document-on', page);
    await lazy.correct('undo', page);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(session.corrections).toEqual({ cleanAnyway: false, documentView: 'on' });
    await lazy.correct('undo', page);
    expect(session.corrections).toEqual({ cleanAnyway: false, documentView: 'auto' });
    expect(local.items.documentView).toEqual({});
  });

  it('does nothing on a page already taken for an article, and remembers nothing', async () => {
    const { session, page } = pageOn(DEMO_HTML, DEMO_URL);
    session.start(false);
    await lazy.correct('clean-anyway', page);
    expect(session.corrections.cleanAnyway).toBe(false);
    expect(local.items.cleanAnyway).toBeUndefined();
  });
});

describe('这是公文 / 这不是公文', () => {
  it('hides the document view, brings it back, and remembers it for the address only', async () => {
    const { session, page } = pageOn(DEMO_HTML, DEMO_URL);
    session.start(false);
    expect((await page.analysed()).result?.document).not.toBeNull();

    await lazy.correct('document-off', page);
    const off = await page.analysed();
    expect(off.result?.document).toBeNull();
    expect(off.corrections?.documentView).toBe('off');
    expect(local.items.documentView).toEqual({ [DEMO_URL]: false });

    await lazy.correct('document-auto', page);
    expect((await page.analysed()).result?.document).not.toBeNull();
    expect(local.items.documentView).toEqual({});
  });

  it('holds on the next visit to the address: the first analysis has no document', async () => {
    local.items.documentView = { [DEMO_URL]: false };
    const { session, page } = pageOn(DEMO_HTML, `${DEMO_URL}?from=wap`);
    session.start(false);
    const model = await page.analysed();
    expect(model.result?.document).toBeNull();
    expect(model.corrections?.documentView).toBe('off');
  });
});

describe('a correction that fails', () => {
  it('from the side panel or the context menu is reported in the panel, as one from the in-page panel is', async () => {
    const { session, models, page, follow } = pageOn(DEMO_HTML, DEMO_URL);
    session.start(false);
    follow.mockRejectedValueOnce(new Error('the panel did not load'));
    const asked = { type: 'sina-clean/correct', correction: 'document-off' };
    await expect(lazy.detectorMessage(asked, page)).resolves.toBeNull();
    expect(models.at(-1)).toMatchObject({ status: 'error', error: expect.stringContaining('did not load') });
  });
});

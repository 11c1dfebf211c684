// What the content script gathers for 复制诊断信息 (content/lazy/diagnostics.ts): the page's markup
// names, the session's rules and corrections, the reader's own rules that are on (read through the
// settings' parser) — and never the page's text or its query string.
import { describe, expect, it, vi } from 'vitest';
import type { PanelModel } from '../../src/common/model';
import { diagnosticsFields } from '../helpers/diagnostics-fields';

const stored = vi.hoisted(() => {
  const items: Record<string, unknown> = {};
  const area = { get: async (key: string) => (key in items ? { [key]: items[key] } : {}) };
  (globalThis as { chrome?: unknown }).chrome = {
    storage: { sync: area, local: area },
    runtime: { id: 'test', getManifest: () => ({ version: '9.8.7' }) },
  };
  return items;
});

const { diagnostics } = await import('../../src/content/lazy/diagnostics');

describe('diagnostics', () => {
  const doc = document;
  doc.body.innerHTML = `<h1 class="main-title">标题里的字</h1><div id="artibody" class="article">
    <p>正文里的一句话，不该出现在报告里。</p><div class="promo-box">推广文字</div></div>`;
  const body = doc.getElementById('artibody') as Element;
  const model: PanelModel = {
    status: 'ready',
    result: {
      page: { kind: 'article', title: '标题里的字', publishedAt: null, source: null, url: null },
      removed: [{ rule: 'editor-line', count: 1 }],
      document: null,
    },
    cleaned: true,
    error: null,
    corrections: { cleanAnyway: false, documentView: 'off' },
  };

  it('gathers the markup names, the rules and the corrections, and no page text', async () => {
    stored.userRules = [
      { selector: '.promo-box', site: 'finance.sina.com.cn' },
      { selector: '.switched-off', site: 'finance.sina.com.cn', on: false },
    ];
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://finance.sina.com.cn/a/doc-x1.shtml?session=abc#p',
    );
    const text = await diagnostics(model, body, { rules: { 'stock-widget': false, 'qr-promo': true } });
    expect(diagnosticsFields(text)).toMatchObject({
      address: 'https://finance.sina.com.cn/a/doc-x1.shtml',
      detected: 'article (known layout)',
      extension: '9.8.7',
      'rules fired': 'editor-line ×1',
      'rules switched off': 'stock-widget',
      'user rules': 'finance.sina.com.cn .promo-box',
      'document view': 'forced off (这不是公文)',
      'body container': 'div#artibody.article',
    });
    expect(text).toMatch(/h1\.main-title\n {2}div#artibody\.article\n {2}div\.promo-box\n$/);
    expect(text).not.toMatch(/session|abc|标题|正文|推广/);
  });

  it('has no container and no leftovers on a page that is not an article', async () => {
    const text = await diagnostics({ ...model, status: 'not-article', result: null }, null, { rules: {} });
    expect(diagnosticsFields(text)).toMatchObject({
      detected: 'not an article',
      'body container': 'none found',
      'rules fired': 'none',
    });
  });
});

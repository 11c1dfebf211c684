// Page text reaches the panel only as text: markup in a title, a clause or a source is shown as the
// characters it is, and never becomes an element, an attribute or a link.
import { describe, expect, it } from 'vitest';
import type { ResultData } from '../../src/common/model';
import type { Clause } from '../../src/core/types';
import { DEMO_HTML, mountInShadow, ready, resultFrom } from './panel-helpers';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const JS_URL = 'javascript:alert(1)';

/** Everything that markup in page text could have become. */
function assertInert(root: ParentNode) {
  expect(root.querySelectorAll('img, script, iframe, object, embed, a, link')).toHaveLength(0);
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) {
      expect(attribute, `${element.tagName} has ${attribute}`).not.toMatch(/^(on|href|src|style$)/);
    }
  }
}

const mount = (result: ResultData, lang: 'zh' | 'en' = 'zh') =>
  mountInShadow(ready(result), undefined, { lang });

describe('hostile page text', () => {
  it('stays text when the core reads it from a page (escaped markup in headline, source, clause)', () => {
    const html = DEMO_HTML.replace(
      '<h1 class="main-title">示范市人民政府办公厅关于做好秋冬季节能工作的通知</h1>',
      '<h1 class="main-title">&lt;img src=x onerror=alert(1)&gt;</h1>',
    )
      .replace(
        '<meta property="article:author" content="新浪财经">',
        `<meta property="article:author" content="${JS_URL}">`,
      )
      .replace('<a class="source" href="#">新浪财经</a>', `<a class="source" href="${JS_URL}">${JS_URL}</a>`)
      .replace(
        '一、总体要求。坚持节约优先',
        '一、总体要求。&lt;script&gt;alert(1)&lt;/script&gt;坚持节约优先',
      );
    const result = resultFrom(html);
    expect(result.page.title).toBe(IMG);
    expect(result.page.source).toBe(JS_URL);
    const { root } = mount(result);
    assertInert(root);
    expect(root.textContent).toContain(IMG);
    expect(root.textContent).toContain(JS_URL);
  });

  it('stays text in every field of the model, in both languages', () => {
    const base = resultFrom(DEMO_HTML);
    if (!base.document) throw new Error('no document');
    const hostile: Clause = {
      label: IMG,
      heading: null,
      text: SCRIPT,
      children: [{ label: JS_URL, heading: IMG, text: IMG, children: [], block: 3 }],
      block: 2,
    };
    const result: ResultData = {
      ...base,
      page: { ...base.page, title: IMG, source: JS_URL, url: JS_URL },
      removed: [{ rule: IMG, count: 1 }],
      document: {
        ...base.document,
        title: SCRIPT,
        issuers: [IMG],
        number: { text: JS_URL, agency: null, year: null, serial: null },
        addressees: [SCRIPT],
        note: IMG,
        clauses: [hostile],
        attachments: [IMG, JS_URL],
        cites: [{ text: SCRIPT, agency: null, year: null, serial: null }],
      },
    };
    for (const lang of ['zh', 'en'] as const) {
      const { root, cleanup } = mount(result, lang);
      assertInert(root);
      const text = root.textContent ?? '';
      expect(text).toContain(IMG);
      expect(text).toContain(SCRIPT);
      expect(text).toContain(JS_URL);
      cleanup();
    }
  });

  it('shows a hostile error message as text', () => {
    const { root } = mountInShadow({ status: 'error', result: null, cleaned: true, error: IMG });
    assertInert(root);
    expect(root.textContent).toContain(IMG);
  });
});

import { describe, expect, it } from 'vitest';
import { apply, clean, plan } from '../../src/core/clean';
import { BODY_RULES, RULES } from '../../src/core/rules';
import type { Rule } from '../../src/core/types';
import { articleBody } from '../helpers/html';

const ARTICLE = '<p>　　正文第一段，讲述了事件的来龙去脉，内容完整，不应被删除。</p>';

function cleaned(inner: string) {
  const { doc, body } = articleBody(inner);
  const before = doc.documentElement.outerHTML;
  const applied = clean(body, BODY_RULES);
  return { doc, body, before, applied };
}

describe('the rule table', () => {
  it('gives every rule a unique stable name, a label and a one-line reason', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of RULES) {
      expect(rule.name).toMatch(/^[a-z][a-z-]+$/);
      expect(rule.reason.length).toBeGreaterThan(10);
      expect(rule.reason).not.toContain('\n');
      expect(rule.label.length).toBeGreaterThan(0);
      expect(rule.selectors?.length || rule.text || rule.comment).toBeTruthy();
    }
  });
});

describe('clean', () => {
  it('removes the QR block, its style and the editor line, and reports each rule', () => {
    const { body, applied } = cleaned(
      `${ARTICLE}<style>.appendQr_wrap{border:1px solid}</style><div class="appendQr_wrap"><div>海量资讯、精准解读，尽在新浪财经APP</div></div><p class="article-editor">责任编辑：王珊珊 </p>`,
    );
    expect(body.textContent).not.toContain('海量资讯');
    expect(body.textContent).not.toContain('责任编辑');
    expect(body.querySelector('style')).toBeNull();
    expect(body.textContent).toContain('正文第一段');
    expect(applied.removed).toEqual([
      { rule: 'qr-promo', count: 1 },
      { rule: 'promo-style', count: 1 },
      { rule: 'editor-line', count: 1 },
    ]);
  });

  it('unwraps stock widgets and drops their quote spans so the split word is whole again', () => {
    const { body, applied } = cleaned(
      '<p>《全面与进步跨<span id="stock_sh601099"><a class="keyword" href="https://finance.sina.com.cn/realstock/company/sh601099/nc.shtml">太平洋</a></span><span id="quote_sh601099">3.21(+1.2%)</span>伙伴关系协定》</p>',
    );
    expect(body.textContent).toBe('《全面与进步跨太平洋伙伴关系协定》');
    expect(body.querySelector('a')).toBeNull();
    expect(applied.removed).toEqual([
      { rule: 'stock-widget', count: 1 },
      { rule: 'stock-quote', count: 1 },
    ]);
  });

  it('removes what stands between paired comment markers, and only that', () => {
    const { body, applied } = cleaned(
      `${ARTICLE}<!-- 总声明--><div>本网站转载内容仅供参考，不构成投资建议。</div><!-- 总声明--><p>尾段仍是文章的一部分，必须保留下来。</p>`,
    );
    expect(body.textContent).not.toContain('本网站转载内容');
    expect(body.textContent).toContain('尾段仍是文章的一部分');
    expect(applied.removed).toEqual([{ rule: 'marked-region', count: 1 }]);
  });

  it('pairs begin/end markers (an ad inside a sentence)', () => {
    const { body } = cleaned(
      '<p>获得了5<!--NEWSZW_HZH_BEGIN--><span>广告</span><!--NEWSZW_HZH_END-->00万元的大奖。</p>',
    );
    expect(body.textContent).toBe('获得了500万元的大奖。');
  });

  it('removes short promo paragraphs by their text, never long article paragraphs that mention the same words', () => {
    const long = `<p>记者了解到，${'长按二维码关注公众号的做法在推广中十分常见，'.repeat(6)}</p>`;
    const { body, applied } = cleaned(
      `${ARTICLE}<p>进入【新浪财经股吧】讨论</p><p>ID：huanqiu-com<br>长按二维码，关注环环</p>${long}<p>相关新闻：<a href="#">另一篇报道</a></p>`,
    );
    expect(body.textContent).not.toContain('股吧');
    expect(body.textContent).not.toContain('关注环环');
    expect(body.textContent).not.toContain('相关新闻');
    expect(body.textContent).toContain('记者了解到');
    // reported in the order of the rule table
    expect(applied.removed.map((r) => r.rule)).toEqual(['guba-promo', 'qr-follow', 'related-links']);
  });

  it('keeps editorial tails that say the text is incomplete', () => {
    const { body, applied } = cleaned(`${ARTICLE}<p>（本文有删减）</p><p>（未完待续）</p>`);
    expect(body.textContent).toContain('（本文有删减）');
    expect(body.textContent).toContain('（未完待续）');
    expect(applied.removed).toEqual([]);
  });

  it('unwraps the 投诉 link Sina inserts into a clause, keeping the word', () => {
    const { body } = cleaned(
      '<p>制定保障中小企业款项支付<a href="http://tousu.sina.com.cn/">投诉</a>处理办法。</p>',
    );
    expect(body.textContent).toBe('制定保障中小企业款项支付投诉处理办法。');
    expect(body.querySelector('a')).toBeNull();
  });

  it('counts a node once even when several rules match it or its parent', () => {
    const { body } = articleBody(
      '<div class="appendQr_wrap"><p class="article-editor">责任编辑：某某</p><span id="quote_sz000001">1.0</span></div>',
    );
    const steps = plan(body, BODY_RULES);
    expect(steps).toHaveLength(1);
    expect(steps[0]?.rule).toBe('qr-promo');
  });

  it('applies only the rules it is given (the options page can switch rules off)', () => {
    const rules: Rule[] = BODY_RULES.filter((r) => r.name !== 'editor-line');
    const { body } = articleBody(`${ARTICLE}<p class="article-editor">责任编辑：王珊珊</p>`);
    clean(body, rules);
    expect(body.textContent).toContain('责任编辑');
  });

  it('undoes exactly: the whole document HTML is identical afterwards, and undo twice is harmless', () => {
    const { doc, before, applied } = cleaned(
      `${ARTICLE}<p>跨<span id="stock_sh601099"><a class="keyword" href="x">太平洋</a></span><span id="quote_sh601099"></span>伙伴</p><!-- 总声明--> <div>声明</div> <!-- 总声明--><div class="appendQr_wrap">码</div><p class="article-editor">责任编辑：甲</p>`,
    );
    expect(doc.documentElement.outerHTML).not.toBe(before);
    applied.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
    applied.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('plans without changing anything, so a plan can be inspected first', () => {
    const { doc, body } = articleBody(`${ARTICLE}<p class="article-editor">责任编辑：甲</p>`);
    const before = doc.documentElement.outerHTML;
    const steps = plan(body, BODY_RULES);
    expect(steps.map((s) => s.rule)).toEqual(['editor-line']);
    expect(doc.documentElement.outerHTML).toBe(before);
    apply(steps).undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('matchers for the content script', () => {
  it('survive JSON with their patterns, and clean exactly as the full rules do', async () => {
    const { fromMatcherData, toMatcherData } = await import('../../src/core/matchers');
    const matchers = fromMatcherData(JSON.parse(JSON.stringify(toMatcherData(BODY_RULES))));
    expect(matchers.map((m) => m.name)).toEqual(BODY_RULES.map((r) => r.name));
    expect(matchers.every((m) => !('reason' in m) && !('label' in m))).toBe(true);
    const inner = `${ARTICLE}<p>进入【新浪财经股吧】讨论</p><p class="article-editor">责任编辑：甲</p><!-- 总声明--><div>声明</div><!-- 总声明-->`;
    const a = articleBody(inner);
    const b = articleBody(inner);
    expect(clean(a.body, matchers).removed).toEqual(clean(b.body, BODY_RULES).removed);
    expect(a.body.innerHTML).toBe(b.body.innerHTML);
  });

  it('come back from their short form with every scope, action and pattern of the table', async () => {
    const { fromMatcherData, toMatcherData } = await import('../../src/core/matchers');
    const { RULES } = await import('../../src/core/rules');
    const back = fromMatcherData(JSON.parse(JSON.stringify(toMatcherData(RULES))));
    expect(back.map(({ name, scope, action }) => [name, scope, action])).toEqual(
      RULES.map(({ name, scope, action }) => [name, scope, action]),
    );
    expect(back.map((m) => m.text && [m.text.source, m.text.flags])).toEqual(
      RULES.map((r) => r.text && [r.text.source, r.text.flags]),
    );
    // Some rule of each non-default kind exists, so the defaults are really filled in and left out.
    expect(RULES.some((r) => r.scope === 'page') && RULES.some((r) => r.action !== 'remove')).toBe(true);
    expect(RULES.some((r) => r.text?.flags)).toBe(true);
  });
});

describe('plan, table by table', () => {
  const editorLine = `${ARTICLE}<p class="article-editor">责任编辑：王珊珊</p><!-- 总声明--><div>声明</div><!-- 总声明-->`;
  const planned = (rules: readonly Rule[]) =>
    plan(articleBody(editorLine).body, rules).map((step) => step.rule);

  it('plans each call with the table it is given, however often a table has been used before', () => {
    expect(planned(BODY_RULES)).toEqual(['editor-line', 'marked-region']);
    // The content script filters the table by the reader's switches: a new table, planned as itself.
    expect(planned(BODY_RULES.filter((rule) => rule.name !== 'editor-line'))).toEqual(['marked-region']);
    expect(planned(BODY_RULES.filter((rule) => rule.name !== 'marked-region'))).toEqual(['editor-line']);
    // The first table again, and on another document: the same plan, of that document's own nodes.
    const { body } = articleBody(editorLine);
    const steps = plan(body, BODY_RULES);
    expect(steps.map((step) => step.rule)).toEqual(['editor-line', 'marked-region']);
    for (const step of steps) expect(body.contains(step.node)).toBe(true);
  });
});

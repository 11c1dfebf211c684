// The panel on a document page: landmark, metadata in the policy pages' words, the abridged flag,
// the outline and its jumps, citations, source and date, and what was removed.
import { describe, expect, it, vi } from 'vitest';
import type { ResultData } from '../../src/common/model';
import type { Clause } from '../../src/core/types';
import {
  aside,
  buttonNamed,
  click,
  DEMO_HTML,
  DEMO_RESULT,
  mountInShadow,
  nameOf,
  ready,
  resultFrom,
} from './panel-helpers';

const mount = (result: ResultData) => mountInShadow(ready(result));

/** The metadata table as { header: value }. */
function metadata(root: ParentNode): Record<string, string> {
  const rows = [...root.querySelectorAll('table tr')];
  return Object.fromEntries(
    rows.map((row) => [
      row.querySelector('th')?.textContent ?? '',
      row.querySelector('td')?.textContent ?? '',
    ]),
  );
}

/** The outline's top-level items, each with the names of its clause buttons below it. */
function outlineTree(list: Element): { name: string; children: ReturnType<typeof outlineTree> }[] {
  return [...list.children].map((li) => {
    const button = li.querySelector(':scope > .sc-clause-row > .sc-clause-button');
    const sub = li.querySelector(':scope > ul');
    return { name: button ? nameOf(button) : '', children: sub ? outlineTree(sub) : [] };
  });
}

describe('panel on the demo notice (real core output)', () => {
  const result = DEMO_RESULT;
  const doc = result.document;

  it('parses the demo as a document', () => {
    expect(doc?.kind).toBe('通知');
  });

  it('is one complementary landmark named 新浪财经净读, inside the shadow root with its own style', () => {
    const { root } = mount(result);
    const landmark = aside(root);
    expect(landmark.getAttribute('role')).toBe('complementary');
    expect(landmark.getAttribute('aria-label')).toBe('新浪财经净读');
    expect(landmark.getAttribute('lang')).toBe('zh-CN');
    expect(root.querySelectorAll('style')).toHaveLength(1);
    expect(root.querySelector('style')?.textContent).toContain('.sc-root');
    // Nothing leaks into the page's own tree.
    expect(document.querySelector('aside, style')).toBeNull();
  });

  it('shows the kind badge, the title and the metadata in the policy pages’ words', () => {
    const { root } = mount(result);
    expect(root.querySelector('.sc-badge')?.textContent).toBe('通知');
    expect(root.querySelector('h2')?.textContent).toBe('示范市人民政府办公厅关于做好秋冬季节能工作的通知');
    // The English panel names the kind in English, with the Chinese word beside it.
    const english = mountInShadow(ready(result), undefined, { lang: 'en' }).root;
    expect(english.querySelector('.sc-badge')?.textContent).toBe('Notice 通知');
    expect(metadata(root)).toEqual({
      发文机关: '示范市人民政府办公厅',
      发文字号: '示政办发〔2023〕7号',
      成文日期: '2023年9月28日',
      主送机关: '各区人民政府，市政府各委、办、局',
      附注: '此件公开发布',
    });
    expect(root.querySelector('.sc-warn')).toBeNull();
  });

  it('shows a dash where a value is missing', () => {
    if (!doc) throw new Error('no document');
    const { root } = mount({ ...result, document: { ...doc, number: null, note: null, addressees: [] } });
    expect(metadata(root)).toMatchObject({ 发文字号: '—', 主送机关: '—', 附注: '—' });
  });

  it('flags an abridged text (本文有删减 parsed from the page) visibly', () => {
    const abridged = resultFrom(DEMO_HTML.replace('（此件公开发布）', '（本文有删减）'));
    expect(abridged.document?.note).toBe('本文有删减');
    const { root } = mount(abridged);
    expect(root.querySelector('.sc-warn')?.textContent).toContain('非全文：转载注明“本文有删减”');
    expect(metadata(root).附注).toBe('本文有删减');
  });

  it('flags a text cut by 未完待续 at its end, parsed from the page', () => {
    // The republisher stops after clause 三, before the signature.
    const cut = resultFrom(
      DEMO_HTML.replace(
        /<p>　　三、保障措施[\s\S]*?（此件公开发布）<\/p>/,
        '<p>　　三、保障措施。各区要加强组织领导。（未完待续）</p>',
      ),
    );
    expect(cut.document?.incomplete).toBe('未完待续');
    const { root } = mount(cut);
    expect(root.querySelector('.sc-warn')?.textContent).toContain('非全文：转载注明“未完待续”');
  });

  it('flags nothing where the text is whole', () => {
    const { root } = mount(result);
    expect(doc?.incomplete).toBeNull();
    expect(root.querySelector('.sc-warn')).toBeNull();
  });

  it('says who issued a document printed in a news release, and that the text is the release’s', () => {
    if (!doc) throw new Error('no document');
    const release = { dateline: '新华社北京5月6日电', issuers: ['中共中央办公厅', '国务院办公厅'] };
    const { root } = mount({ ...result, document: { ...doc, form: 'release', release } });
    expect(root.querySelector('.sc-provenance')?.textContent).toBe(
      '中共中央办公厅、国务院办公厅印发；正文录自新华社北京5月6日电',
    );
  });

  it('names the order that promulgated a regulation', () => {
    if (!doc) throw new Error('no document');
    const number = {
      text: '中华人民共和国国务院令第745号',
      agency: '中华人民共和国国务院令',
      year: null,
      serial: 745,
    };
    const { root } = mount({ ...result, document: { ...doc, form: 'order', number } });
    expect(root.querySelector('.sc-provenance')?.textContent).toBe('以中华人民共和国国务院令第745号公布');
    expect(mount(result).root.querySelector('.sc-provenance')).toBeNull();
  });

  it('outlines the clauses as a nested list in a navigation landmark named 提纲', () => {
    const { root } = mount(result);
    const nav = root.querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('提纲');
    const list = nav?.querySelector('ul');
    if (!list) throw new Error('no outline list');
    expect(outlineTree(list)).toEqual([
      {
        name: '一、总体要求',
        children: [
          { name: '（一）工作目标', children: [] },
          { name: '（二）基本原则', children: [] },
        ],
      },
      {
        name: '二、重点任务',
        children: [
          { name: '1．加强公共机构节能', children: [] },
          { name: '2．推进交通节能', children: [] },
        ],
      },
      { name: '三、保障措施', children: [] },
    ]);
  });

  it('collapses and expands a level with its disclosure button', async () => {
    const { root } = mount(result);
    const toggle = buttonNamed(root, '一、总体要求 的下级条目');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.textContent).not.toContain('工作目标');
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(root.textContent).toContain('工作目标');
    // A clause without children has no disclosure button.
    expect(() => buttonNamed(root, '三、保障措施 的下级条目')).toThrow();
  });

  it('jumps to the block where the clicked clause starts and marks it current', async () => {
    const { root, actions } = mount(result);
    const second = doc?.clauses[0]?.children[1] as Clause;
    const third = doc?.clauses[2] as Clause;
    const button = buttonNamed(root, '（二）基本原则');
    await click(button);
    expect(actions.jumpTo).toHaveBeenCalledWith(second.block);
    expect(button.getAttribute('aria-current')).toBe('location');
    await click(buttonNamed(root, '三、保障措施'));
    expect(actions.jumpTo).toHaveBeenLastCalledWith(third.block);
    expect(button.hasAttribute('aria-current')).toBe(false);
  });

  it('shows the first characters of the text where a clause has no heading', () => {
    if (!doc) throw new Error('no document');
    const clause: Clause = {
      label: '第一条',
      heading: null,
      text: '为了规范政府信息公开工作，保障公民、法人和其他组织依法获取政府信息，制定本条例。',
      children: [],
      block: 7,
    };
    const { root } = mount({ ...result, document: { ...doc, clauses: [clause] } });
    expect(root.querySelector('nav .sc-clause-button')?.textContent).toBe(
      '第一条为了规范政府信息公开工作，保障公民、法人和其他组…',
    );
  });

  it('lists cited documents and attachments', () => {
    if (!doc) throw new Error('no document');
    const { root } = mount({ ...result, document: { ...doc, attachments: ['1．重点任务分工表'] } });
    const headings = [...root.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toContain('引用文件');
    expect(headings).toContain('附件');
    const items = [...root.querySelectorAll('.sc-list li')].map((li) => li.textContent);
    expect(items).toEqual(['1．重点任务分工表', '示政发〔2022〕3号']);
  });

  it('shows the source and the publication date as 年月日 时:分', () => {
    const { root } = mount(result);
    const facts = [...root.querySelectorAll('.sc-facts > *')].map((el) => el.textContent);
    expect(facts).toEqual(['来源', '新浪财经', '发布时间', '2023年10月9日 16:05']);
  });

  it('lists what was removed, rule by rule, with labels from the rule table and reasons on demand', async () => {
    const { root } = mount(result);
    const items = [...root.querySelectorAll('.sc-removed li')];
    expect(items.map((li) => li.textContent)).toEqual([
      '二维码推广 ×1',
      '推广样式 ×1',
      '责任编辑 ×1',
      '股票链接 ×1',
      '股价行情 ×1',
      '新浪声明 ×1',
      '股吧推广 ×1',
      '插入链接 ×1',
    ]);
    expect(root.textContent).toContain('共 8 处');
    // The reasons are not loaded with the panel: asking why brings them, as text and as tooltips.
    expect(root.querySelector('.sc-removed .sc-reason')).toBeNull();
    const why = buttonNamed(root, '原因');
    await click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    await vi.waitFor(() =>
      expect(root.querySelector('.sc-removed .sc-reason')?.textContent).toMatch(/二维码推广/),
    );
    expect(root.querySelector('.sc-removed li')?.getAttribute('title')).toMatch(/二维码推广/);
  });
});

describe('panel on an ordinary article', () => {
  it('shows the headline as the title and no document parts', () => {
    const result: ResultData = {
      ...DEMO_RESULT,
      document: null,
      removed: [],
    };
    const { root } = mount(result);
    expect(root.querySelector('h2')?.textContent).toBe(result.page.title);
    expect(root.querySelector('table, nav, .sc-badge')).toBeNull();
    expect(root.textContent).toContain('未移除任何内容。');
  });
});

// The context menu's 复制所选 in Chromium with the built extension, on our demo page at its Sina
// address: a passage that spans a stock widget and promos, selected in the page as its original
// (显示原文, so that the widget and the promos are there to be selected), is copied as only that
// passage, cleaned — the widget re-joined, the promos out — followed by the source line.
// Playwright cannot click a browser's native context menu, so the test does what that click does:
// it fires the menu's click event in the service worker, with the item's id and the tab, and the
// extension's own listener takes it from there (asking the tab's content script to copy).
import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowClipboard, CHROMIUM, type Launched, launchWithExtension } from './helpers/chromium';
import { closeAll } from './helpers/close';
import { DEMO, DEMO_URL } from './helpers/fixtures';
import { panelOf } from './helpers/panel';
import { type PageServer, startServer } from './helpers/server';

// Reported as skipped (never passed) where Chromium is missing.
describe.skipIf(CHROMIUM === null)(
  'Chromium: the context menu copies a selection (needs /usr/bin/chromium)',
  () => {
    let server: PageServer;
    let browser: Launched;
    let page: Page;

    beforeAll(async () => {
      server = await startServer();
      server.set(DEMO_URL, { body: readFileSync(DEMO) });
      browser = await launchWithExtension(server);
      await allowClipboard(browser, DEMO_URL);
      page = await browser.context.newPage();
      await page.goto(DEMO_URL, { waitUntil: 'load' });
      await panelOf(page).getByText('示政办发〔2023〕7号').first().waitFor({ timeout: 10_000 });
    });
    afterAll(() => closeAll(browser, server));

    /** What a click on the menu item does: its click event in the service worker, for this tab. */
    async function clickMenuItem(menuItemId: string, selectionText: string): Promise<void> {
      // The worker as it is now: an idle service worker may have been stopped and started again.
      const worker: Worker =
        browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
      await worker.evaluate(
        async ({ menuItemId, selectionText, url }) => {
          const [tab] = await chrome.tabs.query({ url });
          const info = { menuItemId, selectionText, pageUrl: url, frameId: 0, editable: false };
          (chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(
            info,
            tab,
          );
        },
        { menuItemId, selectionText, url: DEMO_URL },
      );
    }

    /** Select from `start` (inside the first text that holds it) to just after `end` (likewise). */
    function select(start: string, end: string): Promise<string> {
      return page.evaluate(
        ({ start, end }) => {
          const textHolding = (words: string) => {
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode())
              if (node.nodeValue?.includes(words)) return node as Text;
            throw new Error(`no text holds ${words}`);
          };
          const from = textHolding(start);
          const to = textHolding(end);
          const range = document.createRange();
          range.setStart(from, from.data.indexOf(start));
          range.setEnd(to, to.data.indexOf(end) + end.length);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
          return String(getSelection());
        },
        { start, end },
      );
    }

    it('copies only the selection, cleaned, then the source line', async () => {
      await panelOf(page).getByRole('button', { name: '显示原文' }).click();
      // The original is back: the quote that splits 百分之…三 and the promos stand in the article.
      await expect.poll(() => page.locator('#artibody #quote_sz000001').count()).toBe(1);
      expect(await page.locator('#artibody .appendQr_wrap').count()).toBe(1);

      const selected = await select('单位地区', '责任编辑');
      expect(selected).toContain('12.34(+0.5%)');
      expect(selected).toContain('新浪财经APP');
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await clickMenuItem('sina-clean-copy-selection', selected);
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
      const copied = await page.evaluate(() => navigator.clipboard.readText());

      // From the first selected word, not the paragraph's start; the quote gone and 百分之三 whole;
      // 股吧, 新浪声明, the QR promo and the editor line (all selected) out; then 来源 and 链接.
      expect(copied).toBe(
        [
          '单位地区生产总值能耗比上年下降百分之三。',
          '（二）基本原则。统筹兼顾，分类施策。',
          '二、重点任务',
          '1．加强公共机构节能。各单位室内温度冬季不得高于20摄氏度。',
          '2．推进交通节能。鼓励绿色出行，相关投诉由市交通局受理。',
          '三、保障措施。各区要加强组织领导，确保各项任务落实。',
          '示范市人民政府办公厅',
          '2023年9月28日',
          '（此件公开发布）',
          `来源：新浪财经《示范市人民政府办公厅关于做好秋冬季节能工作的通知》 链接：${DEMO_URL}`,
        ].join('\n\n'),
      );
      // The copy cleaned a copy of the selection: the page still shows its original.
      expect(await page.locator('#artibody #quote_sz000001').count()).toBe(1);
      expect(await page.locator('#artibody .appendQr_wrap').count()).toBe(1);
    });
  },
);

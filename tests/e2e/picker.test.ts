// 隐藏此块 (hide this block) in Chromium with the built extension, on the project's own demo page
// (a document page, so the panel opens by itself) with a promo box and a list of thirty items beside
// the article: Esc cancels and leaves nothing behind, ↑ widens and ↓ narrows back; a choice becomes
// a rule that hides the block at once and is listed as 我的规则; 显示原文 gives the identical HTML
// back; a selector that takes too much is refused; the article body asks first; the options page
// lists the rule, and deleting it brings the block back. One browser launch for all, in order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type Launched, launchWithExtension } from './helpers/chromium';
import { closeAll } from './helpers/close';
import { FIREFOX, type LaunchedFirefox, launchFirefox } from './helpers/firefox';
import { DEMO, DEMO_URL, ROOT } from './helpers/fixtures';
import { htmlWithoutHost, panelOf } from './helpers/panel';
import { type PageServer, startServer } from './helpers/server';

const URL_ = DEMO_URL.replace('doc-demo0001', 'doc-picker');
const SHOTS = join(ROOT, 'docs', 'screenshots');
const PICKER = 'sina-clean-picker';
const ITEMS = 30;

/** The demo page with a promo box and a long list outside the article body. */
function pickerPage(): string {
  const demo = readFileSync(DEMO, 'utf8').replace(DEMO_URL, URL_);
  const items = Array.from({ length: ITEMS }, (_, i) => `<li class="hot-item">热点 ${i + 1}</li>`).join('');
  return demo.replace(
    '<div class="side-btns-wrap">',
    `<div class="right-promo">下载新浪财经APP，行情资讯一手掌握</div><ul class="hot-list">${items}</ul>\n<div class="side-btns-wrap">`,
  );
}

/** The text the picker's hint shows for the element under its outline. */
const pickerCode = (page: Page) =>
  page.evaluate(
    (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('code')?.textContent ?? null,
    PICKER,
  );

// Reported as skipped (never passed) where Chromium is missing.
describe.skipIf(!CHROMIUM)(
  'Chromium: 隐藏此块 — pick, save, restore, delete (needs /usr/bin/chromium)',
  () => {
    let server: PageServer;
    let browser: Launched;

    beforeAll(async () => {
      server = await startServer();
      server.set(URL_, { body: Buffer.from(pickerPage()) });
      browser = await launchWithExtension(server);
    });
    afterAll(() => closeAll(browser, server));

    async function open(): Promise<Page> {
      const page = await browser.context.newPage();
      await page.goto(URL_, { waitUntil: 'load' });
      await panelOf(page).getByText('示政办发').first().waitFor({ timeout: 10_000 });
      return page;
    }
    const startPicking = async (page: Page) => {
      await panelOf(page)
        .getByRole('button', { name: /隐藏此块/ })
        .click();
      await page.locator(PICKER).waitFor({ state: 'attached' });
    };

    it('Esc cancels and leaves the page as it was; ↑ widens to the parent and ↓ narrows back', async () => {
      const page = await open();
      const before = await htmlWithoutHost(page);
      await startPicking(page);
      await page.hover('.hot-item >> nth=2');
      // The hint shows what a click would save: the item's class takes thirty, so its list's name joins.
      await expect.poll(() => pickerCode(page)).toBe('.hot-list .hot-item');
      await page.keyboard.press('ArrowUp');
      expect(await pickerCode(page)).toBe('.hot-list');
      await page.screenshot({ path: join(SHOTS, 'picker.png') });
      await page.keyboard.press('ArrowDown');
      expect(await pickerCode(page)).toBe('.hot-list .hot-item');
      await page.keyboard.press('Escape');
      await expect.poll(() => panelOf(page).textContent()).toContain('已取消');
      expect(await page.locator(PICKER).count()).toBe(0);
      expect(await htmlWithoutHost(page)).toBe(before);
      // Esc was the picker's: the panel is still open.
      expect(
        await panelOf(page)
          .getByRole('button', { name: /隐藏此块/ })
          .isVisible(),
      ).toBe(true);
      await page.close();
    });

    it('the message of the context menu and the shortcut opens the collapsed panel and starts the picker', async () => {
      const page = await open();
      const panel = panelOf(page);
      await panel.getByRole('button', { name: '收起' }).click();
      // What the background sends on the menu item or the command (runCommand, src/background/keyboard-commands.ts).
      const [worker] = browser.context.serviceWorkers();
      await worker?.evaluate(async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        if (tab?.id !== undefined)
          await chrome.tabs.sendMessage(tab.id, { type: 'sina-clean/command', command: 'pick-block' });
      }, URL_);
      await page.locator(PICKER).waitFor({ state: 'attached' });
      await expect.poll(() => panel.textContent()).toContain('在页面上点击要隐藏的块');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator(PICKER).count()).toBe(0);
      // Collapsing is remembered (the panel then starts as its tab): the next tests want it open.
      await worker?.evaluate(() => chrome.storage.sync.set({ autoOpen: true }));
      await page.close();
    });

    it('refuses a selector that takes more than a screenful, says so in Chinese and English, and saves nothing', async () => {
      const page = await open();
      await startPicking(page);
      await page.click('.hot-item >> nth=0');
      const said = panelOf(page).locator('.sc-hide-block');
      await expect.poll(() => said.textContent()).toContain('未保存');
      expect(await said.textContent()).toContain(
        `Not saved: .hot-list .hot-item would hide ${ITEMS} elements`,
      );
      expect(await page.locator('.hot-item').count()).toBe(ITEMS);
      expect(await page.locator('.hot-item').first().isVisible()).toBe(true);
      await page.close();
    });

    it('asks before hiding the article body, and keeps it when told to', async () => {
      const page = await open();
      await startPicking(page);
      await page.hover('#artibody p >> nth=5');
      await page.keyboard.press('ArrowUp');
      expect(await pickerCode(page)).toBe('#artibody');
      await page.keyboard.press('Enter');
      const panel = panelOf(page);
      await expect.poll(() => panel.textContent()).toContain('#artibody 是正文或包含正文');
      await panel.getByRole('button', { name: /不隐藏/ }).click();
      await expect.poll(() => panel.textContent()).toContain('已取消');
      expect(await page.locator('#artibody').isVisible()).toBe(true);
      await page.close();
    });

    it('a choice is saved and hidden at once, listed as 我的规则; 显示原文 gives the identical HTML back', async () => {
      const page = await open();
      const panel = panelOf(page);
      await panel.getByRole('button', { name: '显示原文' }).click();
      const original = await htmlWithoutHost(page);
      expect(original).toContain('class="right-promo"');
      await panel.getByRole('button', { name: '恢复净读' }).click();

      await startPicking(page);
      await page.click('.right-promo');
      await expect.poll(() => panel.textContent()).toContain('已隐藏 .right-promo（本页 1 处）');
      expect(await page.locator('.right-promo').count()).toBe(0);
      await expect.poll(() => panel.locator('.sc-removed').textContent()).toContain('我的规则 .right-promo');

      await panel.getByRole('button', { name: '显示原文' }).click();
      expect(await htmlWithoutHost(page)).toBe(original);
      await panel.getByRole('button', { name: '恢复净读' }).click();
      expect(await page.locator('.right-promo').count()).toBe(0);

      // The next load of the page hides it by itself.
      await page.reload({ waitUntil: 'load' });
      await panelOf(page).getByText('示政办发').first().waitFor({ timeout: 10_000 });
      expect(await page.locator('.right-promo').count()).toBe(0);
      await page.close();
    });

    it('the options page lists the rule under its site; a bad import is refused; deleting it brings the block back', async () => {
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
      const site = options.locator('fieldset.user-site', { hasText: 'finance.sina.com.cn' });
      await expect.poll(() => site.textContent()).toContain('.right-promo');

      await options
        .locator('#import-json')
        .fill('{"format": "sina-clean/user-rules", "rules": [{"site": "example.com", "selector": ".x"}]}');
      await options.getByRole('button', { name: /^(?:导入 JSON|Import JSON)$/ }).click();
      await expect
        .poll(() => options.locator('.import-error').textContent())
        .toMatch(/第 1 条规则的网站不是新浪网站|Rule 1 is not for a Sina site/);
      expect(await options.locator('fieldset.user-site').count()).toBe(1);

      await options.getByRole('button', { name: /^(?:删除|Delete) \.right-promo$/ }).click();
      await expect.poll(() => options.locator('fieldset.user-site').count()).toBe(0);
      await options.close();

      const page = await open();
      expect(await page.locator('.right-promo').isVisible()).toBe(true);
      await page.close();
    });
  },
);

// Reported as skipped (never passed) where firefox-esr is missing.
describe.skipIf(!FIREFOX)('Firefox: 隐藏此块 — pick, save, restore (needs /usr/bin/firefox-esr)', () => {
  let server: PageServer;
  let browser: LaunchedFirefox;
  let address = '';

  beforeAll(async () => {
    server = await startServer();
    const url = new URL(URL_);
    // The hosts resolve to 127.0.0.1 through network.dns.localDomains; the port stays in the URL.
    address = `https://${url.hostname}:${server.port}${url.pathname}`;
    server.set(address, { body: Buffer.from(pickerPage()) });
    browser = await launchFirefox(server, [url.hostname]);
  });
  afterAll(() => closeAll(browser, server));

  it('a choice is saved and hidden at once; 显示原文 gives the identical HTML back; the next load hides it', async () => {
    const page = await browser.context.newPage();
    await page.goto(address, { waitUntil: 'load' });
    const panel = panelOf(page);
    await expect.poll(() => panel.textContent(), { timeout: 15_000 }).toContain('示政办发');
    await panel.getByRole('button', { name: '显示原文' }).click();
    const original = await htmlWithoutHost(page);
    await panel.getByRole('button', { name: '恢复净读' }).click();

    await panel.getByRole('button', { name: /隐藏此块/ }).click();
    await page.locator(PICKER).waitFor({ state: 'attached' });
    await page.click('.right-promo');
    await expect.poll(() => panel.textContent()).toContain('已隐藏 .right-promo（本页 1 处）');
    expect(await page.locator('.right-promo').count()).toBe(0);

    await panel.getByRole('button', { name: '显示原文' }).click();
    expect(await htmlWithoutHost(page)).toBe(original);
    // 显示原文 is remembered for the site: clean again before the reload.
    await panel.getByRole('button', { name: '恢复净读' }).click();
    expect(await page.locator('.right-promo').count()).toBe(0);

    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => panelOf(page).textContent(), { timeout: 15_000 }).toContain('示政办发');
    expect(await page.locator('.right-promo').count()).toBe(0);
    await page.close();
  });
});

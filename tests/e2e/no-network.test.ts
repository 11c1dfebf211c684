// The extension sends nothing anywhere (SECURITY.md): while a page is cleaned, analysed and copied,
// and the side panel page is opened and copies too, every request the browser makes (pages, the
// content script's lazy chunks, extension pages, the service worker) goes to the local fixture
// server or to the extension's own files. Requests elsewhere would be aborted by the fence in
// helpers/chromium.ts, but they are still seen here.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowClipboard, CHROMIUM, type Launched, launchWithExtension } from './helpers/chromium';
import { closeAll } from './helpers/close';
import { DEMO, DEMO_URL } from './helpers/fixtures';
import { panelOf } from './helpers/panel';
import { type PageServer, startServer } from './helpers/server';
import { openSidePanel } from './helpers/side-panel';

describe.skipIf(!CHROMIUM)('no network requests from the extension (needs /usr/bin/chromium)', () => {
  let server: PageServer;
  let browser: Launched;
  const requests: string[] = [];

  beforeAll(async () => {
    // Requests of service workers are reported on the context only with this switch.
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
    server = await startServer();
    server.set(DEMO_URL, { body: readFileSync(DEMO) });
    browser = await launchWithExtension(server);
    browser.context.on('request', (request) => requests.push(request.url()));
  });
  afterAll(() => closeAll(browser, server));

  it('makes none while a page is cleaned, copied, toggled and shown in the side panel', async () => {
    await allowClipboard(browser, DEMO_URL);
    const page = await browser.context.newPage();
    await page.goto(DEMO_URL, { waitUntil: 'load' });
    const panel = panelOf(page);
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain('示政办发〔2023〕7号');
    await panel.getByRole('button', { name: '复制正文' }).click();
    await expect.poll(() => panel.textContent()).toContain('已复制正文');
    await panel.getByRole('button', { name: '显示原文' }).click();
    await panel.getByRole('button', { name: '恢复净读' }).click();

    const { side, panel: sidePanel } = await openSidePanel(browser.context, browser.extensionId, DEMO_URL);
    await expect.poll(() => sidePanel.textContent(), { timeout: 10_000 }).toContain('示政办发〔2023〕7号');
    await sidePanel.getByRole('button', { name: '复制 Markdown' }).click();
    await page.waitForTimeout(300);

    const ours = `chrome-extension://${browser.extensionId}/`;
    const elsewhere = requests.filter((url) => !url.startsWith(ours) && !server.has(url));
    expect(elsewhere).toEqual([]);
    // The recorder does see the extension's own requests (its pages and lazily loaded chunks).
    expect(requests.some((url) => url.startsWith(ours))).toBe(true);
    expect(requests).toContain(DEMO_URL);
    await side.close();
    await page.close();
  });
});

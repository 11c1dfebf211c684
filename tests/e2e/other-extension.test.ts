// The cleaned page stays a normal page for other extensions: a small test extension
// (fixtures/reader-extension, a stand-in for a dictionary or translator) is loaded beside ours in
// Chromium, and its content script selects a paragraph with getSelection and reads the article body's
// textContent. On the cleaned demo page it sees the cleaned text (the stock quote that split the
// sentence, the editor line, the QR promotion and the disclaimer gone; every line of the extract
// command's text there); after 显示原文 the same probe sees all of them again, so a probe that cannot
// see the page cannot pass.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { CHROMIUM, type Launched } from './helpers/chromium';
import { closeAll } from './helpers/close';
import { extract } from './helpers/extract';
import { DEMO, DEMO_URL, ROOT } from './helpers/fixtures';
import { panelOf } from './helpers/panel';
import { type PageServer, startServer } from './helpers/server';

const READER = join(ROOT, 'tests', 'e2e', 'fixtures', 'reader-extension');
/** What the demo page carries in its body besides the article: the quote, the disclaimer, the QR promotion, the editor line, the forum link. */
const BOILERPLATE = ['12.34(+0.5%)', '新浪声明', '海量资讯', '责任编辑', '新浪财经股吧'];

/** White space (the page's full-width indents included) taken out, to compare the words only. */
const words = (text: string) => text.replace(/[\s\u3000]+/g, '');

interface Report {
  selected: string;
  bodyText: string | null;
}

/** Ask the reader extension to select the paragraph holding `find` and read the body. */
async function read(page: Page, find: string): Promise<Report> {
  await page.evaluate(() => document.documentElement.removeAttribute('data-reader-probe'));
  await page.evaluate(
    (detail) => document.dispatchEvent(new CustomEvent('reader-probe:read', { detail })),
    find,
  );
  const attribute = await page.waitForFunction(
    () => document.documentElement.getAttribute('data-reader-probe'),
    null,
    {
      timeout: 5_000,
    },
  );
  return JSON.parse((await attribute.jsonValue()) as string);
}

describe.skipIf(!CHROMIUM)(
  'Chromium: another extension reads and selects the cleaned text (needs /usr/bin/chromium)',
  () => {
    let server: PageServer;
    let browser: Launched;
    let page: Page;
    const lines = extract(DEMO, DEMO_URL).text.split('\n').filter(Boolean);
    const goal = lines.find((line) => line.includes('工作目标')) ?? '';

    beforeAll(async () => {
      server = await startServer();
      server.set(DEMO_URL, { body: readFileSync(DEMO) });
      browser = await launchChromium({
        port: server.port,
        alsoLoad: [READER],
        context: { ignoreHTTPSErrors: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } },
      });
      page = await browser.context.newPage();
      await page.goto(DEMO_URL, { waitUntil: 'load' });
      await panelOf(page).getByRole('button', { name: '显示原文' }).waitFor({ timeout: 15_000 });
    });
    afterAll(() => closeAll(browser, server));

    it('selects and reads the cleaned text', async () => {
      const report = await read(page, '工作目标');
      expect(goal).toContain('百分之三');
      // The quote that split 百分之|三 is gone from the selection: the words read as the sentence.
      expect(words(report.selected)).toBe(words(goal));
      const body = words(report.bodyText ?? '');
      for (const line of lines.slice(1)) expect(body, line).toContain(words(line));
      for (const junk of BOILERPLATE) expect(body, junk).not.toContain(words(junk));
    });

    it('sees the original again after 显示原文 (the probe sees what the page shows)', async () => {
      await panelOf(page).getByRole('button', { name: '显示原文' }).click();
      await panelOf(page).getByRole('button', { name: '恢复净读' }).waitFor();
      const report = await read(page, '工作目标');
      expect(report.selected).toContain('12.34(+0.5%)');
      const body = words(report.bodyText ?? '');
      for (const junk of BOILERPLATE) expect(body, junk).toContain(words(junk));
    });
  },
);

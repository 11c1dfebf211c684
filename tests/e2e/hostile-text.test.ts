// Hostile text in the real browser: a page whose title, source, number and clauses carry markup,
// script, javascript: links, bidi overrides and zero-width characters as text. Both panels (in the
// page's shadow root, and the side panel page) show it as the characters it is, and nothing of it
// runs: the payload would set window.__pwned, set document.title to PWNED, log PWNED and request
// /pwned; none of that happens in the page's world or in the extension's pages.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type Launched, launchWithExtension } from './helpers/chromium';
import { closeAll } from './helpers/close';
import { addressOf, HOSTILE } from './helpers/fixtures';
import { HOST } from './helpers/panel';
import { type PageServer, startServer } from './helpers/server';
import { openSidePanel } from './helpers/side-panel';

const URL_ = addressOf(HOSTILE);
const NUMBER = '示政办发〔2023〕7号';
/** Page text that must be shown as these very characters. */
const SHOWN = [
  // the title
  `关于<img src=x onerror="window.__pwned=1;document.title='PWNED';console.log('PWNED');fetch('/pwned')">做好`,
  // the source
  "<script>window.__pwned=1;fetch('/pwned')</script>javascript:window.__pwned=1新浪财经",
  // clause headings in the outline (a heading ends at its first space or punctuation)
  '一、总体要求<img',
  '二、重点任务<script>window.__pwned=1',
  '三、保障措施javascript',
];
const CONTROLS = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/** What a panel under `root` drew: elements that markup could have become, and its text. */
function drawn(root: ParentNode | null | undefined) {
  return {
    active: root ? root.querySelectorAll('img, script, iframe, object, embed, a, link, svg').length : -1,
    handlers: root
      ? Array.from(root.querySelectorAll('*')).flatMap((el) =>
          el.getAttributeNames().filter((name) => /^on|^href$|^src$/.test(name)),
        )
      : [],
    text: root?.textContent ?? '',
  };
}

describe.skipIf(!CHROMIUM)('hostile text in Chromium (needs /usr/bin/chromium)', () => {
  let server: PageServer;
  let browser: Launched;
  const requests: string[] = [];
  const logs: string[] = [];

  const listen = (page: Page) => {
    page.on('console', (message) => logs.push(`${page.url()}: ${message.text()}`));
    page.on('pageerror', (error) => logs.push(`${page.url()}: ${error.message}`));
  };

  beforeAll(async () => {
    server = await startServer();
    server.set(URL_, { body: readFileSync(HOSTILE) });
    browser = await launchWithExtension(server);
    browser.context.on('request', (request) => requests.push(request.url()));
  });
  afterAll(() => closeAll(browser, server));

  it('shows it as text in the in-page panel and the side panel, and runs none of it', async () => {
    const page = await browser.context.newPage();
    listen(page);
    await page.goto(URL_, { waitUntil: 'load' });
    const inPage = async () => {
      const root = await page.evaluateHandle(
        (host) => document.querySelector(host)?.shadowRoot ?? null,
        HOST,
      );
      return page.evaluate(drawn, root);
    };
    await expect.poll(async () => (await inPage()).text, { timeout: 10_000 }).toContain(NUMBER);
    const panel = await inPage();
    for (const text of SHOWN) expect(panel.text).toContain(text);
    expect(panel.text).not.toMatch(CONTROLS);
    expect(panel.active).toBe(0);
    expect(panel.handlers).toEqual([]);

    const { side, panel: sidePanel } = await openSidePanel(browser.context, browser.extensionId, URL_);
    listen(side);
    await expect.poll(() => sidePanel.textContent(), { timeout: 10_000 }).toContain(NUMBER);
    const inSide = await side.evaluate(
      drawn,
      await side.evaluateHandle(() => document.getElementById('app')),
    );
    for (const text of SHOWN) expect(inSide.text).toContain(text);
    expect(inSide.text).not.toMatch(CONTROLS);
    expect(inSide.active).toBe(0);
    expect(inSide.handlers).toEqual([]);

    // Give anything that was going to run a moment, then look for every trace of the payload.
    await page.waitForTimeout(300);
    for (const world of [page, side]) {
      expect(await world.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await world.evaluate(() => document.title)).not.toBe('PWNED');
    }
    expect(await page.evaluate(() => document.title)).toMatch(/^示范市人民政府办公厅关于<img/);
    expect(
      logs.filter((line) => /PWNED|Refused to (?:execute|load)|Content Security Policy/.test(line)),
    ).toEqual([]);
    expect(requests.filter((url) => /pwned|\/x$/.test(url))).toEqual([]);
    await side.close();
    await page.close();
  });
});

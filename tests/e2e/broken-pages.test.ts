// Broken pages in the real browser: an article that the page's script inserts after
// DOMContentLoaded and later replaces with another (the panel follows both), and a page of 100,000
// nodes with a branch nested 1,000 levels deep by its script (cleaned, no error). Deeper is for the
// unit tests (tests/unit/deep-nesting.test.ts): at 5,000 levels Chromium's renderer itself crashes
// laying the page out, with or without the extension.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type Launched, launchWithExtension } from './helpers/chromium';
import { closeAll } from './helpers/close';
import { DEMO, DEMO_URL } from './helpers/fixtures';
import { HOST } from './helpers/panel';
import { type PageServer, startServer } from './helpers/server';

const LATE_URL = DEMO_URL.replace('doc-demo0001', 'doc-late-and-replaced');
const BIG_URL = DEMO_URL.replace('doc-demo0001', 'doc-big-and-deep');
const ARTICLE =
  /(<div class="article" id="artibody">)([\s\S]*?<p class="article-editor">[^<]*<\/p>)(\s*<\/div>)/;

/** The article is a template at first; the page's script puts it in late, then replaces it. */
function latePage(demo: string): string {
  return demo.replace(DEMO_URL, LATE_URL).replace(
    ARTICLE,
    `$1$3
<template id="first">$2</template>
<template id="second">${(ARTICLE.exec(demo)?.[2] ?? '').replace('７号', '８号')}</template>
<script>
document.addEventListener('DOMContentLoaded', () => {
  setTimeout(() => document.getElementById('artibody').append(document.getElementById('first').content.cloneNode(true)), 300);
  setTimeout(() => {
    const next = document.createElement('div');
    next.className = 'article';
    next.id = 'artibody';
    next.append(document.getElementById('second').content.cloneNode(true));
    document.getElementById('artibody').replaceWith(next);
  }, 1500);
});
</script>`,
  );
}

/** About 100,000 nodes of filler after the article, and a script that nests 1,000 divs inside it. */
function bigPage(demo: string): string {
  const filler = '<div class="filler"><span>填充</span><b>文字</b></div>'.repeat(20_000);
  return demo.replace(DEMO_URL, BIG_URL).replace(
    ARTICLE,
    `$1$2<script>
(() => {
  let at = document.currentScript.parentElement;
  for (let level = 0; level < 1000; level += 1) at = at.appendChild(document.createElement('div'));
  at.textContent = '最深处的一段文字';
})();
</script>$3${filler}`,
  );
}

/** The panel's text (its stylesheet left out) and whether it shows an error. */
const panelText = (page: Page) =>
  page.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot;
    const shown = Array.from(root?.querySelectorAll('aside') ?? [], (aside) => aside.textContent).join('');
    return root?.querySelector('.sc-error') ? `error: ${shown}` : shown;
  }, HOST);
const boilerplate = (page: Page) =>
  page.evaluate(
    () => document.querySelectorAll('#artibody .appendQr_wrap, #artibody p.article-editor').length,
  );

describe.skipIf(!CHROMIUM)('broken pages in Chromium (needs /usr/bin/chromium)', () => {
  let server: PageServer;
  let browser: Launched;

  beforeAll(async () => {
    server = await startServer();
    const demo = readFileSync(DEMO, 'utf8');
    server.set(LATE_URL, { body: Buffer.from(latePage(demo)) });
    server.set(BIG_URL, { body: Buffer.from(bigPage(demo)) });
    browser = await launchWithExtension(server);
  });
  afterAll(() => closeAll(browser, server));

  it('cleans an article that arrives late, and follows when the page replaces it', async () => {
    const page = await browser.context.newPage();
    await page.goto(LATE_URL, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain('示政办发〔2023〕7号');
    expect(await boilerplate(page)).toBe(0);
    await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain('示政办发〔2023〕8号');
    expect(await panelText(page)).not.toContain('示政办发〔2023〕7号');
    expect(await boilerplate(page)).toBe(0);
    await page.close();
  });

  it('cleans a page of 100,000 nodes with a branch 1,000 levels deep', async () => {
    const page = await browser.context.newPage();
    const nodes = async () => page.evaluate(() => document.getElementsByTagName('*').length);
    await page.goto(BIG_URL, { waitUntil: 'load' });
    expect(await nodes()).toBeGreaterThan(60_000);
    await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain('示政办发〔2023〕7号');
    expect(await boilerplate(page)).toBe(0);
    expect(await panelText(page)).not.toMatch(/^error/);
    await page.close();
  });
});

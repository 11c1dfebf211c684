// The reader's corrections of the detector and the diagnostics, in Chromium with the built extension,
// from the in-page panel (under its 判断有误？, opened first): a page taken for "not an article" →
// 仍然净化 → cleaned, remembered on
// reload (for its address pattern), undone to the identical HTML by one click; an article →
// 这不是公文 hides the document view (remembered on reload), 这是公文 brings it back; 复制诊断信息
// puts the diagnostics on the clipboard, without the query string and without page text. The same
// corrections in Firefox, from its in-page panel.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowClipboard, CHROMIUM, type Launched, launchWithExtension } from './helpers/chromium';
import { closeAll } from './helpers/close';
import { FIREFOX, type LaunchedFirefox, launchFirefox } from './helpers/firefox';
import { DEMO, DEMO_URL } from './helpers/fixtures';
import { correctionButton, HOST, htmlWithoutHost, panelOf } from './helpers/panel';
import { type PageServer, startServer } from './helpers/server';
import { openSidePanel } from './helpers/side-panel';

const SENTENCE = '<p>作者今日撰文称，多家银行下调了存款利率，储户应当关注期限结构的变化。</p>';
/** A 财经头条 page whose metadata says article, of a layout nobody listed, its text spread over blocks: refused. */
const REFUSED = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>存款利率又降了_新浪财经</title>
<meta property="og:type" content="news"></head><body><div class="nav"><a href="/">首页</a></div>
<div class="post-main">${SENTENCE}${SENTENCE}<p class="editor">（责任编辑：张申）</p></div>
<div class="feed-a">${SENTENCE}</div><div class="feed-b">${SENTENCE}</div></body></html>`;
const REFUSED_URL = 'https://cj.sina.com.cn/articles/view/7857201856/1d45362c0019';
/** Another article of the same layout: 仍然净化 holds for it too. */
const SAME_LAYOUT_URL = 'https://cj.sina.com.cn/articles/view/1234567890/ab77ff00';

const LATE_URL = DEMO_URL.replace('doc-demo0001', 'doc-late-after-the-tab');
const ARTICLE =
  /(<div class="article" id="artibody">)([\s\S]*?<p class="article-editor">[^<]*<\/p>)(\s*<\/div>)/;
/** The demo document page with its article held back in a template, for the test to put in. */
const lateDocument = (demo: string) =>
  demo.replace(DEMO_URL, LATE_URL).replace(ARTICLE, '$1$3<template id="late">$2</template>');

const editorLines = (page: Page) => page.locator('.post-main p.editor').count();

/** Open the in-page panel from its tab (where it is collapsed) and wait for `text` in it. */
async function openPanel(page: Page, text: string): Promise<void> {
  await page.locator(HOST).getByRole('button', { name: '打开新浪财经净读' }).click();
  await panelOf(page).getByText(text).first().waitFor({ timeout: 10_000 });
}

describe.skipIf(!CHROMIUM)('correcting the detector in Chromium (needs /usr/bin/chromium)', () => {
  let server: PageServer;
  let browser: Launched;

  beforeAll(async () => {
    server = await startServer();
    server.set(REFUSED_URL, { body: Buffer.from(REFUSED) });
    server.set(SAME_LAYOUT_URL, { body: Buffer.from(REFUSED) });
    server.set(DEMO_URL, { body: readFileSync(DEMO) });
    server.set(LATE_URL, { body: Buffer.from(lateDocument(readFileSync(DEMO, 'utf8'))) });
    browser = await launchWithExtension(server);
    for (const url of [REFUSED_URL, DEMO_URL]) await allowClipboard(browser, url);
  });
  afterAll(() => closeAll(browser, server));

  it('仍然净化 cleans a page taken for "not an article", holds on reload and for its layout, and is undone exactly', async () => {
    const page = await browser.context.newPage();
    await page.goto(REFUSED_URL, { waitUntil: 'load' });
    await openPanel(page, '此页不是文章页');
    const original = await htmlWithoutHost(page);
    expect(await editorLines(page)).toBe(1);

    await (await correctionButton(panelOf(page), '仍然净化')).click();
    await expect.poll(() => editorLines(page), { timeout: 10_000 }).toBe(0);
    await correctionButton(panelOf(page), '撤销仍然净化');

    // Remembered: the page is cleaned by itself on reload, and so is the next article of its layout.
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => editorLines(page), { timeout: 10_000 }).toBe(0);
    const next = await browser.context.newPage();
    await next.goto(SAME_LAYOUT_URL, { waitUntil: 'load' });
    await expect.poll(() => editorLines(next), { timeout: 10_000 }).toBe(0);
    await next.close();

    // One click gives the identical page back, and it is no longer remembered.
    await openPanel(page, '判断有误？');
    await (await correctionButton(panelOf(page), '撤销仍然净化')).click();
    await correctionButton(panelOf(page), '仍然净化');
    expect(await htmlWithoutHost(page)).toBe(original);
    await page.reload({ waitUntil: 'load' });
    await openPanel(page, '此页不是文章页');
    expect(await editorLines(page)).toBe(1);
    await page.close();
  });

  it('gives an article that arrives after the 仍然净化 tab its own panel, open on a document', async () => {
    const page = await browser.context.newPage();
    await page.goto(LATE_URL, { waitUntil: 'load' });
    // Refused at first (the body is empty), with the tab for 仍然净化 since the metadata says article.
    await page.locator(HOST).getByRole('button', { name: '打开新浪财经净读' }).waitFor({ timeout: 10_000 });
    await page.evaluate(() => {
      const late = document.getElementById('late') as HTMLTemplateElement;
      document.getElementById('artibody')?.append(late.content.cloneNode(true));
    });
    await panelOf(page).getByText('示政办发〔2023〕7号').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('#artibody p.article-editor').count()).toBe(0);
    await page.close();
  });

  it('这不是公文 hides the document view, remembered on reload; 这是公文 brings it back', async () => {
    const page = await browser.context.newPage();
    await page.goto(DEMO_URL, { waitUntil: 'load' });
    const details = panelOf(page).getByText('发文字号');
    await details.first().waitFor({ timeout: 10_000 });

    await (await correctionButton(panelOf(page), '这不是公文')).click();
    await expect.poll(() => details.count(), { timeout: 10_000 }).toBe(0);

    await page.reload({ waitUntil: 'load' });
    // No document, so the panel no longer opens by itself: the reader opens it.
    await openPanel(page, '判断有误？');
    expect(await details.count()).toBe(0);
    expect(await (await correctionButton(panelOf(page), '这不是公文')).getAttribute('aria-pressed')).toBe(
      'true',
    );

    await (await correctionButton(panelOf(page), '这是公文')).click();
    await details.first().waitFor({ timeout: 10_000 });
    // Back to what the parser finds: the pressed button, pressed again.
    await (await correctionButton(panelOf(page), '这是公文')).click();
    await expect
      .poll(() => panelOf(page).getByRole('button', { name: '这是公文' }).getAttribute('aria-pressed'))
      .toBe('false');
    expect(await details.count()).toBeGreaterThan(0);
    await page.close();
  });

  it('the side panel corrects the page over its port, and copies the diagnostics the page sends it', async () => {
    const page = await browser.context.newPage();
    await page.goto(REFUSED_URL, { waitUntil: 'load' });
    await page.locator(HOST).waitFor({ state: 'attached', timeout: 10_000 });
    const { side, panel } = await openSidePanel(browser.context, browser.extensionId, REFUSED_URL);
    await (await correctionButton(panel, '仍然净化')).click();
    await expect.poll(() => editorLines(page), { timeout: 10_000 }).toBe(0);

    await (await correctionButton(panel, '复制诊断信息')).click();
    await panel.getByText('已复制诊断信息').waitFor({ timeout: 10_000 });
    await page.bringToFront();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain(`address: ${REFUSED_URL}\n`);
    expect(text).toContain('detected: not an article; cleaned anyway (仍然净化)');
    expect(text).toContain('body container: div.post-main');

    await side.bringToFront();
    await (await correctionButton(panel, '撤销仍然净化')).click();
    await expect.poll(() => editorLines(page), { timeout: 10_000 }).toBe(1);
    await side.close();
    await page.close();
  });

  it('复制诊断信息 puts the diagnostics on the clipboard: no query string, no page text', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${DEMO_URL}?from=e2e&uid=4711#clause-3`, { waitUntil: 'load' });
    await panelOf(page).getByText('发文字号').first().waitFor({ timeout: 10_000 });
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await (await correctionButton(panelOf(page), '复制诊断信息')).click();
    await panelOf(page).getByText('已复制诊断信息').waitFor({ timeout: 10_000 });
    const text = await page.evaluate(() => navigator.clipboard.readText());

    expect(text).toContain(`address: ${DEMO_URL}\n`);
    expect(text).not.toMatch(/from=e2e|4711|clause-3/);
    expect(text).toContain('page family: PC (finance.sina.com.cn)');
    expect(text).toMatch(/\nbrowser: Chrome \d+/);
    expect(text).toMatch(/\nextension: \d+\.\d+\.\d+/);
    expect(text).toMatch(/\nrules fired: .*editor-line ×1/);
    expect(text).toContain('body container: div#artibody.article');
    // Names of the markup only: not a word of the article (its 发文字号, its first sentence).
    expect(text).not.toMatch(/示政|节能|通知/);
    await page.close();
  });
});

/** The same page served at its Sina host in Firefox, where the port stays in the address. */
const inFirefox = (url: string, port: number) => {
  const { hostname, pathname } = new URL(url);
  return `https://${hostname}:${port}${pathname}`;
};

// Reported as skipped (never passed) where firefox-esr is missing.
describe.skipIf(!FIREFOX)('correcting the detector in Firefox (needs /usr/bin/firefox-esr)', () => {
  let server: PageServer;
  let browser: LaunchedFirefox;

  beforeAll(async () => {
    server = await startServer();
    server.set(inFirefox(REFUSED_URL, server.port), { body: Buffer.from(REFUSED) });
    server.set(inFirefox(DEMO_URL, server.port), { body: readFileSync(DEMO) });
    browser = await launchFirefox(server, [new URL(REFUSED_URL).hostname, new URL(DEMO_URL).hostname]);
  });
  afterAll(() => closeAll(browser, server));

  it('仍然净化 cleans a refused page and one click gives the identical page back', async () => {
    const page = await browser.context.newPage();
    await page.goto(inFirefox(REFUSED_URL, server.port), { waitUntil: 'load' });
    await page.locator(HOST).getByRole('button', { name: '打开新浪财经净读' }).click({ timeout: 15_000 });
    await panelOf(page).getByText('此页不是文章页').first().waitFor({ timeout: 15_000 });
    const original = await htmlWithoutHost(page);
    await (await correctionButton(panelOf(page), '仍然净化')).click();
    await expect.poll(() => editorLines(page), { timeout: 10_000 }).toBe(0);
    await (await correctionButton(panelOf(page), '撤销仍然净化')).click();
    await correctionButton(panelOf(page), '仍然净化');
    expect(await htmlWithoutHost(page)).toBe(original);
    await page.close();
  });

  it('这不是公文 hides the document view and 这是公文 brings it back', async () => {
    const page = await browser.context.newPage();
    await page.goto(inFirefox(DEMO_URL, server.port), { waitUntil: 'load' });
    const details = panelOf(page).getByText('发文字号');
    await details.first().waitFor({ timeout: 15_000 });
    await (await correctionButton(panelOf(page), '这不是公文')).click();
    await expect.poll(() => details.count(), { timeout: 10_000 }).toBe(0);
    await (await correctionButton(panelOf(page), '这是公文')).click();
    await details.first().waitFor({ timeout: 10_000 });
    await page.close();
  });
});

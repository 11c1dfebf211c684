// The keyboard commands in Chromium with the built extension, on the project's demo document page at
// its Sina address. Chromium binds every suggested key (read back from commands.getAll: a key the
// browser keeps for itself would be left unbound). A key pressed through Playwright goes to the page,
// never to the browser's extension shortcuts (tried: Alt+Shift+O and J do nothing headless), so each
// command is fired through chrome.commands.onCommand.dispatch in the service worker: the listeners
// the background registered run as they do for a real key, and everything after (the typed message,
// the content script, the page) is the real path. `_execute_action` is the browser's own: what it
// opens is the action's side panel, whose behaviour the test reads.
import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { manifestFor } from '../../scripts/manifest';
import { allowClipboard, CHROMIUM, type Launched, launchWithExtension } from './helpers/chromium';
import { closeAll } from './helpers/close';
import { extract } from './helpers/extract';
import { DEMO, DEMO_URL } from './helpers/fixtures';
import { panelOf } from './helpers/panel';
import { type PageServer, startServer } from './helpers/server';

describe.skipIf(!CHROMIUM)('Chromium: the keyboard commands (needs /usr/bin/chromium)', () => {
  let server: PageServer;
  let browser: Launched;
  let worker: Worker;

  beforeAll(async () => {
    server = await startServer();
    server.set(DEMO_URL, { body: readFileSync(DEMO) });
    browser = await launchWithExtension(server);
    await allowClipboard(browser, DEMO_URL);
    const found = browser.context.serviceWorkers()[0];
    if (!found) throw new Error('no service worker');
    worker = found;
    // The panel stays a tab on the document page, so that opening it is the command's doing.
    await worker.evaluate(() => chrome.storage.sync.set({ autoOpen: false }));
  });
  // One tab at a time: a command goes to the tab that shows the demo address.
  afterEach(async () => {
    for (const page of browser.context.pages()) await page.close();
  });
  afterAll(() => closeAll(browser, server));

  /** Fire a command as the browser does for its key, in the tab that shows `page`. */
  async function command(name: string, page: Page): Promise<void> {
    await worker.evaluate(
      async ({ name, url }) => {
        const [tab] = await chrome.tabs.query({ url });
        (chrome.commands.onCommand as unknown as { dispatch(c: string, t?: chrome.tabs.Tab): void }).dispatch(
          name,
          tab,
        );
      },
      { name, url: page.url() },
    );
  }

  async function open(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(DEMO_URL, { waitUntil: 'load' });
    await panelOf(page).getByRole('button', { name: '打开新浪财经净读' }).waitFor({ timeout: 15_000 });
    return page;
  }

  it('binds every suggested key in Chromium', async () => {
    const bound = await worker.evaluate(() => chrome.commands.getAll());
    // 隐藏此块 has no suggested key: the reader binds one (it is listed unbound).
    const suggested = Object.entries(
      manifestFor('chrome').commands as Record<string, { suggested_key?: { default: string } }>,
    );
    expect(Object.fromEntries(bound.map((each) => [each.name, each.shortcut ?? '']))).toEqual(
      Object.fromEntries(suggested.map(([name, command]) => [name, command.suggested_key?.default ?? ''])),
    );
  });

  it('shows the bindings in the options page, with how to change them', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const table = page.getByRole('table', { name: /快捷键|shortcuts/i });
    await table.waitFor({ timeout: 10_000 });
    const text = (await table.textContent()) ?? '';
    for (const command of Object.values(
      manifestFor('chrome').commands as Record<string, { suggested_key?: { default: string } }>,
    ))
      expect(text).toMatch(command.suggested_key?.default ?? /未设置|Not set/);
    await expect.poll(() => page.locator('body').textContent()).toContain('chrome://extensions/shortcuts');
  });

  it('open-panel opens the panel with the focus in it; Esc closes it and gives the focus back', async () => {
    const page = await open();
    // A link in the article (the source line's), where a reader's focus may be.
    await page.locator('a.source').focus();
    const focusedLink = () => page.evaluate(() => document.activeElement?.className === 'source');
    expect(await focusedLink()).toBe(true);

    await command('open-panel', page);
    const collapse = panelOf(page).getByRole('button', { name: '收起' });
    await collapse.waitFor({ timeout: 10_000 });
    await expect
      .poll(() => collapse.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement))
      .toBe(true);

    await page.keyboard.press('Escape');
    await panelOf(page).getByRole('button', { name: '打开新浪财经净读' }).waitFor({ timeout: 5_000 });
    expect(await focusedLink()).toBe(true);
  });

  it('toggle-original shows the original and then the cleaned page again', async () => {
    const page = await open();
    const boilerplate = () => page.locator('.appendQr_wrap, p.article-editor').count();
    expect(await boilerplate()).toBe(0);
    await command('toggle-original', page);
    await expect.poll(boilerplate, { timeout: 10_000 }).toBe(2);
    await command('toggle-original', page);
    await expect.poll(boilerplate, { timeout: 10_000 }).toBe(0);
    // The choice is remembered for the site (as the panel's own button does): put it back.
    await expect
      .poll(() => worker.evaluate(() => chrome.storage.sync.get('showOriginal')))
      .toEqual({ showOriginal: {} });
  });

  it('copy-text puts the cleaned text on the clipboard, as the extract command gives it', async () => {
    const page = await open();
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await command('copy-text', page);
    const expected = extract(DEMO, DEMO_URL).text;
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 })
      .toBe(expected);
  });

  it('the side panel key runs the action, which opens the side panel', async () => {
    // `_execute_action` clicks the action; the background told Chrome that the click opens the panel.
    const behaviour = await worker.evaluate(() => chrome.sidePanel.getPanelBehavior());
    expect(behaviour).toEqual({ openPanelOnActionClick: true });
  });
});

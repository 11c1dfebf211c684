// Hostile page scripts: before anything else, the page's own script (in the page's world) replaces
// DOM, Array and JSON built-ins with lying or throwing versions, and keeps posting messages and
// events shaped like ours (toggle to the original, copy). Content scripts run in an isolated world
// in Chromium, so none of it reaches them: the page is still cleaned, the panel shows the right
// document, and the look-alike messages change nothing. The test first proves that the page's world
// really was hostile while the extension worked.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type Launched, launchWithExtension } from './helpers/chromium';
import { closeAll } from './helpers/close';
import { DEMO, DEMO_URL } from './helpers/fixtures';
import { HOST } from './helpers/panel';
import { type PageServer, startServer } from './helpers/server';
import { openSidePanel } from './helpers/side-panel';

const URL_ = DEMO_URL.replace('doc-demo0001', 'doc-hostile-scripts');
const NUMBER = '示政办发〔2023〕7号';

/** Runs in the page's world before its body is parsed. The originals stay reachable for the test. */
const HOSTILE_SCRIPT = `<script>
(() => {
  const keep = (owner, name) => ({ owner, name, value: Object.getOwnPropertyDescriptor(owner, name) });
  window.__originals = [
    keep(Element.prototype, 'querySelector'), keep(Element.prototype, 'querySelectorAll'),
    keep(Document.prototype, 'querySelector'), keep(Document.prototype, 'querySelectorAll'),
    keep(Element.prototype, 'remove'), keep(Node.prototype, 'textContent'),
    keep(Array.prototype, 'map'), keep(Array.prototype, 'filter'), keep(Array.prototype, 'push'),
    keep(JSON, 'parse'), keep(JSON, 'stringify'),
  ];
  Element.prototype.querySelector = Document.prototype.querySelector = () => null;
  Element.prototype.querySelectorAll = Document.prototype.querySelectorAll = () => [];
  Element.prototype.remove = function () {};
  Object.defineProperty(Node.prototype, 'textContent', { get: () => '伪造的正文', set() {}, configurable: true });
  Array.prototype.map = function () { return ['hostile']; };
  Array.prototype.filter = function () { return []; };
  Array.prototype.push = function () { return 0; };
  JSON.parse = () => ({ type: 'sina-clean/toggle-original' });
  JSON.stringify = () => '{"type":"sina-clean/toggle-original"}';
  const ours = [
    { type: 'sina-clean/toggle-original' },
    { type: 'sina-clean/copy', format: 'text' },
    { type: 'sina-clean/model-changed', model: { status: 'ready', result: null, cleaned: false, error: null } },
  ];
  let sent = 0;
  const post = () => {
    for (const message of ours) {
      window.postMessage(message, '*');
      document.dispatchEvent(new CustomEvent(message.type, { detail: message }));
      window.dispatchEvent(new CustomEvent('message', { detail: message }));
    }
    sent += 1;
    window.__sent = sent;
    if (sent < 20) setTimeout(post, 50);
  };
  post();
  document.addEventListener('DOMContentLoaded', post);
  window.__chromeRuntime = typeof chrome === 'object' && chrome !== null && 'runtime' in chrome
    && typeof chrome.runtime?.sendMessage === 'function';
})();
</script>`;

describe.skipIf(!CHROMIUM)('hostile page scripts in Chromium (needs /usr/bin/chromium)', () => {
  let server: PageServer;
  let browser: Launched;

  beforeAll(async () => {
    server = await startServer();
    const html = readFileSync(DEMO, 'utf8')
      .replace(DEMO_URL, URL_)
      .replace('<head>', `<head>${HOSTILE_SCRIPT}`);
    server.set(URL_, { body: Buffer.from(html) });
    browser = await launchWithExtension(server);
  });
  afterAll(() => closeAll(browser, server));

  it('cleans the page and shows the right document; look-alike messages change nothing', async () => {
    const page = await browser.context.newPage();
    await page.goto(URL_, { waitUntil: 'load' });
    // The look-alikes keep coming for a second after load; the page must still be cleaned after them.
    const sent = () => page.evaluate(() => ((window as { __sent?: number }).__sent ?? 0) >= 20);
    await expect.poll(sent, { timeout: 5000 }).toBe(true);

    // The page's world was hostile all along (and could not reach the extension's runtime). One
    // string comes back: the broken built-ins would garble an object on its way out.
    const world = await page.evaluate(() =>
      [
        document.querySelector('#artibody') === null,
        document.documentElement.textContent,
        [1, 2].map((n) => n * 2)[0],
        (window as { __chromeRuntime?: boolean }).__chromeRuntime,
      ].join(' '),
    );
    expect(world).toBe('true 伪造的正文 hostile false');

    // ...then, with the built-ins put back for the test's own look, the page is what the extension made it.
    const seen = await page.evaluate((host) => {
      type Kept = { owner: object; name: string; value: PropertyDescriptor };
      for (const { owner, name, value } of (window as unknown as { __originals: Kept[] }).__originals)
        Object.defineProperty(owner, name, value);
      const panel = document.querySelector(host)?.shadowRoot;
      return {
        boilerplate: document.querySelectorAll('#artibody .appendQr_wrap, #artibody p.article-editor').length,
        article: document.getElementById('artibody')?.textContent?.includes('坚持节约优先') ?? false,
        panel: panel?.textContent ?? '',
        original: panel?.textContent?.includes('恢复净读') ?? true,
      };
    }, HOST);
    expect(seen.boilerplate).toBe(0);
    expect(seen.article).toBe(true);
    expect(seen.panel).toContain(NUMBER);
    expect(seen.panel).toContain('示范市人民政府办公厅关于做好秋冬季节能工作的通知');
    expect(seen.original).toBe(false);

    const { side, panel } = await openSidePanel(browser.context, browser.extensionId, URL_);
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain(NUMBER);
    expect(await panel.textContent()).toContain('显示原文');
    await side.close();
    await page.close();
  });
});

// Flicker: with the extension loaded, no boilerplate of the composite document page is displayed in
// any animation frame from the first until the page has loaded — the early stylesheet hides it
// before the first paint. The same probe in a browser without the extension must see it, so that a
// probe that sees nothing cannot pass. Self-contained: its own http server at the page's real
// address (Sina hosts mapped to it), its own profile; skipped where dist/chrome or Chromium is missing.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, 'dist', 'chrome');
const CHROMIUM = '/usr/bin/chromium';
const PAGE = resolve(ROOT, '../shared/fixtures/composite/doc-guohan2021-112.html');
const BOILERPLATE = ['.appendQr_wrap', 'p.article-editor', 'div.new_style_article'];

const skipReason = !existsSync(join(DIST, 'manifest.json'))
  ? 'dist/chrome missing: run npm run build first'
  : !existsSync(CHROMIUM)
    ? `${CHROMIUM} missing: apt-get install -y --no-install-recommends chromium fonts-wqy-microhei`
    : !existsSync(PAGE)
      ? `fixture missing: ${PAGE}`
      : null;
if (skipReason) console.warn(`flicker e2e skipped: ${skipReason}`);

interface Frame {
  t: number;
  visible: string[];
  present: string[];
}

/** Runs in the page before its scripts: at every frame until three after load, what is displayed. */
function probe(selectors: string[]): void {
  const frames: Frame[] = [];
  const displayed = (el: Element) => {
    if (!el.getClientRects().length) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.opacity !== '0';
  };
  let after = 0;
  const frame = () => {
    frames.push({
      t: performance.now(),
      present: selectors.filter((s) => document.querySelector(s)),
      visible: selectors.filter((s) => Array.from(document.querySelectorAll(s)).some(displayed)),
    });
    if (document.readyState === 'complete') after++;
    if (after < 3 && frames.length < 300) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  Object.defineProperty(window, '__frames', { value: frames });
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
];

describe.skipIf(skipReason !== null)(
  `flicker at first paint${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let server: Server;
    let port = 0;
    let url = '';
    const profiles: string[] = [];

    beforeAll(async () => {
      const html = readFileSync(PAGE);
      const address = /^\s*<!--\s*composite:\s*(\S+)\s*-->/.exec(html.subarray(0, 400).toString('utf8'))?.[1];
      if (!address) throw new Error(`${PAGE}: no composite address comment`);
      const path = new URL(address).pathname;
      url = `http://finance.sina.com.cn${path}`;
      server = createServer((req, res) => {
        const ok = req.headers.host?.startsWith('finance.sina.com.cn') && req.url?.split('?')[0] === path;
        if (!ok) return void res.writeHead(404).end();
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
          .end(html);
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      port = (server.address() as AddressInfo).port;
    });

    afterAll(async () => {
      await new Promise((done) => server?.close(done));
      for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
    });

    async function framesOf(extension: boolean): Promise<Frame[]> {
      const profile = mkdtempSync(join(tmpdir(), 'sina-clean-flicker-'));
      profiles.push(profile);
      const args = [
        ...ARGS,
        // Sina hosts to the local server, every other host unresolvable: nothing reaches the network.
        `--host-resolver-rules=MAP *.sina.com.cn 127.0.0.1:${port}, MAP *.sina.cn 127.0.0.1:${port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
        '--disable-features=HttpsUpgrades',
      ];
      if (extension) args.push(`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`);
      const context: BrowserContext = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
        args,
      });
      try {
        if (extension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker');
        await context.addInitScript(probe, BOILERPLATE);
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForFunction(() => document.readyState === 'complete');
        await page.waitForTimeout(200);
        return await page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);
      } finally {
        await context.close();
      }
    }

    it('shows no boilerplate in any frame with the extension, and the probe sees it without', async () => {
      const without = await framesOf(false);
      const shownWithout = new Set(without.flatMap((f) => f.visible));
      // The probe works: without the extension the boilerplate is parsed and displayed.
      expect([...shownWithout].sort(), 'boilerplate displayed without the extension').toEqual(
        [...BOILERPLATE].sort(),
      );

      const withExtension = await framesOf(true);
      expect(withExtension.length, 'frames recorded').toBeGreaterThan(0);
      const shown = withExtension
        .filter((f) => f.visible.length)
        .map((f) => `${f.t.toFixed(0)} ms: ${f.visible.join(', ')}`);
      expect(shown, 'frames in which boilerplate was displayed with the extension').toEqual([]);
    }, 60_000);
  },
);

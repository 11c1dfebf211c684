// `npm start`: build the Chrome variant, then open Chromium with the extension loaded on a Sina
// document page. The live site by default; `--offline` serves the project's own demo page
// (tests/fixtures/finance-doc-demo.html) at its Sina address from this machine instead.
// `--headless` takes a screenshot instead of opening a window (for machines without a display).
//   npm start [-- --offline] [-- --headless] [-- --url URL]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist', 'chrome');
const DEMO = join(ROOT, 'tests', 'fixtures', 'finance-doc-demo.html');
const LIVE = 'https://finance.sina.com.cn/china/gncj/2021-11-23/doc-iktzqtyu8880581.shtml';
const SHOT = join(ROOT, '.tmp', 'start-screenshot.png');

const argv = process.argv.slice(2);
const offline = argv.includes('--offline');
const headless = argv.includes('--headless');
const urlArg = argv[argv.indexOf('--url') + 1];

const browserPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  existsSync,
);
if (!browserPath) fail('No Chromium found. Install it: apt-get install -y --no-install-recommends chromium');
if (browserPath.includes('google-chrome'))
  console.warn('Note: branded Google Chrome 137+ ignores --load-extension; Chromium is preferred.');
if (!headless && !process.env.DISPLAY)
  fail(
    'No display (DISPLAY is not set), so no browser window can open here.\n' +
      '  npm start -- --offline --headless   takes a screenshot of the demo page instead\n' +
      '  or load dist/chrome by hand: chrome://extensions → Developer mode → Load unpacked.',
  );

const build = spawnSync('npx', ['vite', 'build', '--mode', 'chrome', '--logLevel', 'warn'], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (build.status !== 0) fail('The build failed.');

let target = urlArg && !urlArg.startsWith('--') ? urlArg : LIVE;
const args = [
  `--disable-extensions-except=${DIST}`,
  `--load-extension=${DIST}`,
  '--no-first-run',
  '--no-default-browser-check',
];
let server = null;
if (offline) {
  const html = readFileSync(DEMO);
  const address = /property="og:url" content="([^"]+)"/.exec(html.toString('utf8'))?.[1];
  if (!address) fail(`${DEMO} names no og:url`);
  const { pathname } = new URL(address);
  server = createServer((request, response) => {
    const found = request.url === pathname;
    response.writeHead(found ? 200 : 404, {
      'content-type': found ? 'text/html; charset=utf-8' : 'text/plain',
    });
    response.end(found ? html : 'not served offline');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  // Every Sina host goes to this server; nothing else is reachable for the page's own requests.
  args.push(`--host-resolver-rules=MAP *.sina.com.cn 127.0.0.1:${port}, MAP *.sina.cn 127.0.0.1:${port}`);
  target = `http://${new URL(address).host}${pathname}`;
  console.log(`Serving the demo page at ${target} (from 127.0.0.1:${port})`);
}

if (headless) await screenshot(target, args);
else await openWindow(target, args);

async function openWindow(url, browserArgs) {
  const profile = mkdtempSync(join(tmpdir(), 'sina-clean-start-'));
  console.log(`Opening ${url} in ${browserPath} with the extension loaded (profile ${profile}).`);
  const child = spawn(browserPath, [`--user-data-dir=${profile}`, ...browserArgs, url], { stdio: 'inherit' });
  await new Promise((done) => child.on('exit', done));
  server?.close();
}

async function screenshot(url, browserArgs) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'sina-clean-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...browserArgs, '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const panel = page.locator('sina-clean-root').getByRole('complementary', { name: '新浪财经净读' });
    await panel.waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500);
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    await page.screenshot({ path: SHOT });
    console.log(`The extension ran on ${url}; screenshot: ${SHOT}`);
    const text = (await panel.textContent()) ?? '';
    console.log(`Panel: ${text.replace(/\s+/g, ' ').slice(0, 160)}…`);
  } finally {
    await context.close();
    server?.close();
  }
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

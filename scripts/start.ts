// `npm start`: build the Chrome variant, then open Chromium with the extension loaded on a Sina
// document page. The live site by default; `--offline` serves the project's own demo page
// (tests/fixtures/finance-doc-demo.html) at its Sina address from this machine instead.
// `--headless` takes a screenshot instead of opening a window (for machines without a display).
//   npm start [-- --offline] [-- --headless] [-- --url URL]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, extensionFlags, hostRules, launchChromium } from './lib/chromium';
import { addressIn } from './lib/fixtures';
import { ROOT } from './lib/paths';
import { type PageServer, startServer } from './lib/server';

const DEMO = join(ROOT, 'tests', 'fixtures', 'finance-doc-demo.html');
const LIVE = 'https://finance.sina.com.cn/china/gncj/2021-11-23/doc-iktzqtyu8880581.shtml';
const SHOT = join(ROOT, '.tmp', 'start-screenshot.png');

const argv = process.argv.slice(2);
const offline = argv.includes('--offline');
const headless = argv.includes('--headless');
const urlArg = argv[argv.indexOf('--url') + 1];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!CHROMIUM) fail('No Chromium found. Install it: apt-get install -y --no-install-recommends chromium');
if (CHROMIUM.includes('google-chrome'))
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
let server: PageServer | null = null;
if (offline) {
  const html = readFileSync(DEMO);
  const address = addressIn(html.toString('utf8'));
  if (!address) fail(`${DEMO} names no og:url`);
  // Every Sina host goes to this server; nothing else is reachable for the page's own requests.
  target = `http://${new URL(address).host}${new URL(address).pathname}`;
  server = await startServer();
  server.set(target, { body: html });
  console.log(`Serving the demo page at ${target} (from 127.0.0.1:${server.port})`);
}

try {
  if (headless) await screenshot(target);
  else await openWindow(target);
} finally {
  await server?.close();
}

async function openWindow(url: string) {
  const profile = mkdtempSync(join(tmpdir(), 'sina-clean-start-'));
  console.log(`Opening ${url} in ${CHROMIUM} with the extension loaded (profile ${profile}).`);
  const args = [
    `--user-data-dir=${profile}`,
    ...extensionFlags(),
    '--no-first-run',
    '--no-default-browser-check',
  ];
  if (server) args.push(hostRules(server.port));
  const child = spawn(CHROMIUM as string, [...args, url], { stdio: 'inherit' });
  await new Promise((done) => child.on('exit', done));
}

async function screenshot(url: string) {
  const launched = await launchChromium({
    ...(server ? { port: server.port } : {}),
    context: { locale: 'zh-CN', viewport: { width: 1280, height: 900 } },
  });
  try {
    const page = await launched.context.newPage();
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
    await launched.close();
  }
}

// Headless Chromium with the built extension loaded (the recipe in shared/notes/toolchain.md), Sina
// hosts mapped to the local server, and every request that the server does not serve aborted: no
// test reaches the network.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { ROOT } from './fixtures';
import type { PageServer } from './server';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/google-chrome'].find(existsSync);
export const DIST_CHROME = join(ROOT, 'dist', 'chrome');

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

const args = (port: number) => [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--host-resolver-rules=MAP *.sina.com.cn 127.0.0.1:${port}, MAP *.sina.cn 127.0.0.1:${port}, MAP sina.com.cn 127.0.0.1:${port}`,
];

/** Only what the server serves goes through; everything else is aborted before it leaves. */
async function fence(context: BrowserContext, server: PageServer): Promise<void> {
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => (server.has(route.request().url()) ? route.continue() : route.abort('blockedbyclient')),
  );
}

export async function launchWithExtension(
  server: PageServer,
  options: { colorScheme?: 'light' | 'dark'; extension?: boolean } = {},
): Promise<Launched> {
  if (!CHROMIUM) throw new Error('no Chromium: apt-get install -y chromium');
  const withExtension = options.extension !== false;
  if (withExtension && !existsSync(join(DIST_CHROME, 'manifest.json')))
    throw new Error('dist/chrome is not built: npm run build');
  const profile = mkdtempSync(join(tmpdir(), 'sina-clean-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    args: [
      ...(withExtension
        ? [`--disable-extensions-except=${DIST_CHROME}`, `--load-extension=${DIST_CHROME}`]
        : []),
      ...args(server.port),
    ],
  });
  await fence(context, server);
  let extensionId = '';
  if (withExtension) {
    const worker: Worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

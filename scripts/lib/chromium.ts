// Debian's headless Chromium, as tests, `npm start` and the benchmark launch it (the recipe in
// shared/notes/toolchain.md): quiet flags, Sina hosts mapped to a local server, the built extension
// loaded or not, on a fresh profile that is removed on close.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { DIST_CHROME } from './paths';

export const CHROMIUM =
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync) ?? null;

export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // http:// Sina addresses must not be tried over https first (that would add a failed connection).
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
];

/**
 * Every Sina host to `port` on this machine. With `onlySina`, every other host fails to resolve, so
 * that a page's own requests for other sites never leave (tests abort them in a route instead).
 */
export function hostRules(port: number, { onlySina = false } = {}): string {
  const sina = ['*.sina.com.cn', 'sina.com.cn', '*.sina.cn', 'sina.cn'].map(
    (h) => `MAP ${h} 127.0.0.1:${port}`,
  );
  const rest = onlySina ? ['MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'] : [];
  return `--host-resolver-rules=${[...sina, ...rest].join(', ')}`;
}

export const extensionFlags = (dist = DIST_CHROME, alsoLoad: readonly string[] = []) => [
  `--disable-extensions-except=${[dist, ...alsoLoad].join(',')}`,
  `--load-extension=${[dist, ...alsoLoad].join(',')}`,
];

export interface Launched {
  context: BrowserContext;
  /** The extension's id ('' without it). */
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The local server's port that Sina hosts map to; without one they resolve as usual. */
  port?: number;
  /** Load the build in this folder (default dist/chrome); false for a browser without it. */
  extension?: string | false;
  /** Unpacked extensions to load beside it (a test's own small extension). */
  alsoLoad?: readonly string[];
  onlySina?: boolean;
  /** Passed on to playwright's launchPersistentContext. */
  context?: Parameters<typeof chromium.launchPersistentContext>[1];
}

export async function launchChromium(options: LaunchOptions): Promise<Launched> {
  if (!CHROMIUM) throw new Error('no Chromium: apt-get install -y --no-install-recommends chromium');
  const dist = options.extension === false ? null : (options.extension ?? DIST_CHROME);
  if (dist && !existsSync(join(dist, 'manifest.json')))
    throw new Error(`${dist} is not built: npm run build`);
  const profile = mkdtempSync(join(tmpdir(), 'sina-clean-profile-'));
  const extra = options.context?.args ?? [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ...options.context,
    ignoreDefaultArgs: dist ? ['--disable-extensions'] : [],
    args: [
      ...QUIET_FLAGS,
      ...(options.port === undefined ? [] : [hostRules(options.port, options)]),
      ...(dist ? extensionFlags(dist, options.alsoLoad) : []),
      ...extra,
    ],
  });
  let extensionId = '';
  if (dist) {
    const worker =
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

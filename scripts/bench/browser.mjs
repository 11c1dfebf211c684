// Headless Debian Chromium for the benchmark: a plain browser for the engine timings, and persistent
// contexts with and without the built extension for the page-cost and flicker runs (the recipe in
// shared/notes/toolchain.md). Nothing reaches the network: Sina hosts map to the local server and
// every other host fails to resolve.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, DIST_CHROME } from './paths.mjs';

const COMMON = [
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

const hostRules = (port) =>
  `--host-resolver-rules=MAP *.sina.com.cn 127.0.0.1:${port}, MAP sina.com.cn 127.0.0.1:${port}, ` +
  `MAP *.sina.cn 127.0.0.1:${port}, MAP sina.cn 127.0.0.1:${port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`;

/** For the engine timings: `gc()` exposed, so that each timed batch starts from a collected heap. */
export async function launchPlain() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...COMMON, '--js-flags=--expose-gc'],
  });
}

/** A persistent context on a fresh profile, with the extension loaded or not. */
export async function launchProfile({ port, extension }) {
  const profile = mkdtempSync(join(tmpdir(), 'sina-clean-bench-'));
  const args = [...COMMON, hostRules(port)];
  if (extension) args.push(`--disable-extensions-except=${DIST_CHROME}`, `--load-extension=${DIST_CHROME}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
    args,
  });
  if (extension && !context.serviceWorkers().length) {
    await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => {});
  }
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

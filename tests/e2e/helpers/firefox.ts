// firefox-esr with the built Firefox variant, through playwright's experimental moz-firefox channel
// (shared/notes/toolchain.md): side-loaded into a fresh profile (removed on close), Sina hosts
// resolved to this machine, and every request the server does not serve aborted.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, firefox } from 'playwright-core';
import { GECKO_ID } from '../../../scripts/manifest';
import { ROOT } from './fixtures';
import type { PageServer } from './server';

export const FIREFOX = '/usr/bin/firefox-esr';
const DIST = join(ROOT, 'dist', 'firefox');

export interface LaunchedFirefox {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Firefox with the extension; `hosts` resolve to 127.0.0.1 (keep the server's port in the URL). */
export async function launchFirefox(server: PageServer, hosts: readonly string[]): Promise<LaunchedFirefox> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/firefox is not built: npm run build');
  const profile = mkdtempSync(join(tmpdir(), 'sina-clean-firefox-'));
  // Side-loading: a file named after the add-on id whose content is the built folder's path.
  mkdirSync(join(profile, 'extensions'));
  writeFileSync(join(profile, 'extensions', GECKO_ID), DIST);
  const context = await firefox.launchPersistentContext(profile, {
    channel: 'moz-firefox',
    executablePath: FIREFOX,
    headless: true,
    ignoreHTTPSErrors: true,
    locale: 'zh-CN',
    firefoxUserPrefs: {
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      'network.dns.localDomains': hosts.join(','),
    },
  });
  await context.route(
    (address) => address.protocol === 'http:' || address.protocol === 'https:',
    (route) => (server.has(route.request().url()) ? route.continue() : route.abort()),
  );
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

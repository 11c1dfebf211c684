// firefox-esr through playwright's moz-firefox channel (shared/notes/toolchain.md): a fresh profile,
// the Firefox build side-loaded into it (a file named after the add-on id holding the build's path)
// or not, the Sina hosts resolved to this machine (the port stays in the URL), and every request the
// test server does not serve aborted.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, firefox } from 'playwright-core';
import { DIST_FIREFOX } from '../../../scripts/lib/paths';
import { GECKO_ID } from '../../../scripts/manifest';
import type { PageServer } from './server';

export const FIREFOX = existsSync('/usr/bin/firefox-esr') ? '/usr/bin/firefox-esr' : null;

export interface LaunchedFirefox {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchFirefox(
  server: PageServer,
  hosts: string[],
  { extension = true } = {},
): Promise<LaunchedFirefox> {
  if (!FIREFOX) throw new Error('no firefox-esr: apt-get install -y --no-install-recommends firefox-esr');
  if (extension && !existsSync(join(DIST_FIREFOX, 'manifest.json')))
    throw new Error('dist/firefox is not built: npm run build');
  const profile = mkdtempSync(join(tmpdir(), 'sina-clean-firefox-'));
  if (extension) {
    mkdirSync(join(profile, 'extensions'));
    writeFileSync(join(profile, 'extensions', GECKO_ID), DIST_FIREFOX);
  }
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

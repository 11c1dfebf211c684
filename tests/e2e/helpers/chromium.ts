// Headless Chromium with the built extension (scripts/lib/chromium.ts), for the tests: a Chinese
// locale, a desktop viewport, and every request that the server does not serve aborted before it
// leaves, so that no test reaches the network.
import type { BrowserContext } from 'playwright-core';
import { type Launched, launchChromium } from '../../../scripts/lib/chromium';
import type { Device } from './phone';
import type { PageServer } from './server';

export { CHROMIUM, type Launched } from '../../../scripts/lib/chromium';

/** Only what the server serves goes through; everything else is aborted before it leaves. */
async function fence(context: BrowserContext, server: PageServer): Promise<void> {
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => (server.has(route.request().url()) ? route.continue() : route.abort('blockedbyclient')),
  );
}

export async function launchWithExtension(
  server: PageServer,
  options: { colorScheme?: 'light' | 'dark'; extension?: boolean; device?: Device } = {},
): Promise<Launched> {
  const launched = await launchChromium({
    port: server.port,
    ...(options.extension === false ? { extension: false } : {}),
    context: {
      ignoreHTTPSErrors: true,
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
      colorScheme: options.colorScheme ?? 'light',
      // A phone's viewport, touch and user agent in place of the desktop's.
      ...options.device,
    },
  });
  await fence(launched.context, server);
  return launched;
}

/** Let the pages of `url`'s origin write the clipboard and the test read it back. */
export const allowClipboard = (browser: Launched, url: string): Promise<void> =>
  browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });

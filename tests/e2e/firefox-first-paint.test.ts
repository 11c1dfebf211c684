// Firefox: the hiding stylesheet is in force before the first paint, as in Chromium (flicker.test.ts):
// the same probe (scripts/lib/flicker.ts) records, in every animation frame from the first until the
// page has loaded, which boilerplate of the demo page is displayed. With the Firefox build
// side-loaded none is, in any frame; without it the probe sees all of it, so a probe that sees
// nothing cannot pass. Reported as skipped (never passed) where firefox-esr or dist/firefox is missing.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOILERPLATE, type Frame, framesOf } from '../../scripts/lib/flicker';
import { DIST_FIREFOX, distProblem } from '../../scripts/lib/paths';
import { closeAll } from './helpers/close';
import { FIREFOX, launchFirefox } from './helpers/firefox';
import { expectNoBoilerplateShown } from './helpers/first-paint';
import { DEMO } from './helpers/fixtures';
import { type PageServer, startServer } from './helpers/server';

const HOST = 'finance.sina.com.cn';
const PATH = '/china/gncj/2023-10-09/doc-demo0001.shtml';
const skipReason = !FIREFOX ? 'firefox-esr missing' : distProblem(DIST_FIREFOX);

describe.skipIf(skipReason !== null)(
  `Firefox: no boilerplate at first paint${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let server: PageServer;
    let url = '';

    beforeAll(async () => {
      server = await startServer();
      // The host resolves to 127.0.0.1 through network.dns.localDomains; the port stays in the URL.
      url = `https://${HOST}:${server.port}${PATH}`;
      server.set(url, { body: readFileSync(DEMO) });
    });
    afterAll(() => closeAll(server));

    async function framesWith(extension: boolean): Promise<Frame[]> {
      const browser = await launchFirefox(server, [HOST], { extension });
      try {
        return await framesOf(browser.context, url);
      } finally {
        await browser.close();
      }
    }

    it('shows no boilerplate in any frame with the extension, and the probe sees it without', async () => {
      const withExtension = await expectNoBoilerplateShown(framesWith);
      // Hidden, not yet removed: some frame has all of it in the page while none of it is displayed.
      expect(withExtension.some((frame) => frame.present.length === BOILERPLATE.length)).toBe(true);
    }, 90_000);
  },
);

// Flicker: with the extension loaded, no boilerplate of the composite document page is displayed in
// any animation frame from the first until the page has loaded — the early stylesheet hides it
// before the first paint. The same probe in a browser without the extension must see it, so that a
// probe that sees nothing cannot pass. The probe, the launch and the server are scripts/lib's, which
// the benchmark runs too; skipped where dist/chrome, Chromium or the page is missing.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CHROMIUM, launchChromium } from '../../scripts/lib/chromium';
import { addressIn } from '../../scripts/lib/fixtures';
import { type Frame, framesOf } from '../../scripts/lib/flicker';
import { COMPOSITE_112, distProblem, SHARED_FIXTURES } from '../../scripts/lib/paths';
import { type PageServer, startServer } from '../../scripts/lib/server';
import { closeAll } from './helpers/close';
import { expectNoBoilerplateShown } from './helpers/first-paint';

const PAGE = `${SHARED_FIXTURES}/${COMPOSITE_112}`;
const skipReason =
  distProblem() ??
  (!CHROMIUM
    ? 'Chromium missing: apt-get install -y --no-install-recommends chromium fonts-wqy-microhei'
    : !existsSync(PAGE)
      ? `fixture missing: ${PAGE}`
      : null);
if (skipReason) console.warn(`flicker e2e skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)(
  `flicker at first paint${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let server: PageServer;
    let url = '';

    beforeAll(async () => {
      const html = readFileSync(PAGE);
      const address = addressIn(html.subarray(0, 400).toString('utf8'));
      if (!address) throw new Error(`${PAGE}: no composite address comment`);
      url = `http://finance.sina.com.cn${new URL(address).pathname}`;
      server = await startServer();
      server.set(url, { body: html });
    });

    afterAll(() => closeAll(server));

    async function framesWith(extension: boolean): Promise<Frame[]> {
      // Sina hosts to the local server, every other host unresolvable: nothing reaches the network.
      const launched = await launchChromium({
        port: server.port,
        onlySina: true,
        ...(extension ? {} : { extension: false }),
      });
      try {
        return await framesOf(launched.context, url);
      } finally {
        await launched.close();
      }
    }

    it('shows no boilerplate in any frame with the extension, and the probe sees it without', async () => {
      await expectNoBoilerplateShown(framesWith);
    }, 60_000);
  },
);

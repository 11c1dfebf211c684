// Every copy format, from the in-page panel to the clipboard, in Chromium with the built extension on
// the 国函〔2021〕112号 page at its Sina address: what lands on the clipboard is what the extract
// command gives (text, Markdown with its front matter, the GB/T 7714 line) or parses as its format
// (CSL-JSON, RIS, BibTeX). One browser launch for all.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowClipboard, CHROMIUM, type Launched, launchWithExtension } from './helpers/chromium';
import { closeAll } from './helpers/close';
import { type Extracted, extract } from './helpers/extract';
import { addressOf, fixture, hasFixture } from './helpers/fixtures';
import { panelOf } from './helpers/panel';
import { type PageServer, startServer } from './helpers/server';
import { openSidePanel } from './helpers/side-panel';

const DOC = 'composite/doc-guohan2021-112.html';
const present = CHROMIUM !== null && hasFixture(DOC);

// Reported as skipped (never passed) where Chromium or ../shared/fixtures is missing.
describe.skipIf(!present)(
  'Chromium: each copy format from the panel (needs /usr/bin/chromium and ../shared/fixtures)',
  () => {
    let server: PageServer;
    let browser: Launched;
    let page: Page;
    let expected: Extracted;
    const url = present ? addressOf(fixture(DOC)) : '';

    beforeAll(async () => {
      server = await startServer();
      server.set(url, { body: readFileSync(fixture(DOC)) });
      browser = await launchWithExtension(server);
      await allowClipboard(browser, url);
      expected = extract(fixture(DOC), url);
      page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      // The panel shows the document once it is parsed (expect.poll belongs inside a test).
      await panelOf(page).getByText('国函〔2021〕112号').first().waitFor({ timeout: 10_000 });
    });
    afterAll(() => closeAll(browser, server));

    /** Click the panel's button, wait for its confirmation, and read the clipboard. */
    async function copyWith(button: string, confirmation: string): Promise<string> {
      // A blank clipboard first, so a copy that did not happen cannot pass on the previous one.
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await panelOf(page).getByRole('button', { name: button, exact: true }).click();
      await expect.poll(() => panelOf(page).textContent()).toContain(confirmation);
      return page.evaluate(() => navigator.clipboard.readText());
    }

    it('copies the text and the Markdown (with its front matter) as the extract command gives them', async () => {
      expect(await copyWith('复制正文', '已复制正文')).toBe(expected.text);
      const markdown = await copyWith('复制 Markdown', '已复制 Markdown');
      expect(markdown).toBe(expected.markdown);
      expect(markdown).toMatch(/^---\n[\s\S]*\nurl: .*\n[\s\S]*\n---\n/);
    });

    it('copies the GB/T 7714 line exactly as the extract command prints cite.gbt7714', async () => {
      const line = await copyWith('复制引用', '已复制引用');
      expect(line).toBe(expected.cite?.gbt7714);
      expect(line).toContain('国函〔2021〕112号');
    });

    it('copies CSL-JSON, RIS and BibTeX that read as their formats', async () => {
      const csl = JSON.parse(await copyWith('CSL-JSON', '已复制 CSL-JSON'));
      expect(csl).toEqual([expected.cite?.csl]);
      expect(csl[0].type).toBe('legislation');
      const ris = await copyWith('RIS', '已复制 RIS');
      expect(ris.startsWith('TY  -')).toBe(true);
      expect(ris).toContain('国函〔2021〕112号');
      const bibtex = await copyWith('BibTeX', '已复制 BibTeX');
      expect(bibtex.startsWith('@')).toBe(true);
      expect(bibtex).toContain('112');
    });

    it('copies one clause with its document and a text-fragment link from 复制本条', async () => {
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await panelOf(page)
        .getByRole('button', { name: /^复制本条：三、/ })
        .first()
        .click();
      await expect.poll(() => panelOf(page).textContent()).toContain('已复制本条及链接');
      const clause = await page.evaluate(() => navigator.clipboard.readText());
      expect(clause).toMatch(/^《[^》]+》（国函〔2021〕112号）三、/);
      expect(clause.split('\n').at(-1)).toMatch(/^https:\/\/.*#:~:text=\S+$/);
    });

    it('copies the Markdown and the citation from the side panel, made by the tab that holds the article', async () => {
      const { side, panel } = await openSidePanel(browser.context, browser.extensionId, url);
      await panel.getByText('国函〔2021〕112号').first().waitFor({ timeout: 10_000 });
      for (const [button, confirmation, wanted] of [
        ['复制 Markdown', '已复制 Markdown', expected.markdown],
        ['复制引用', '已复制引用', expected.cite?.gbt7714],
      ] as const) {
        await page.evaluate(() => navigator.clipboard.writeText(''));
        await panel.getByRole('button', { name: button, exact: true }).click();
        await expect.poll(() => panel.textContent()).toContain(confirmation);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(wanted);
      }
      await side.close();
    });
  },
);

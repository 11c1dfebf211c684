// Reaching into the page from a test: the panel inside our open shadow root, the page's HTML
// without our one host element, where the boilerplate stood at the load event.
import type { Locator, Page } from 'playwright-core';

export const HOST = 'sina-clean-root';

/** The landmark; Playwright's locators pierce open shadow roots. */
export const panelOf = (page: Page): Locator =>
  page.locator(HOST).getByRole('complementary', { name: '新浪财经净读' });

/** The document's HTML with our panel host taken out (from a copy: the page is not touched). */
export function htmlWithoutHost(page: Page): Promise<string> {
  return page.evaluate((host) => {
    const copy = document.documentElement.cloneNode(true) as Element;
    for (const el of Array.from(copy.querySelectorAll(host))) el.remove();
    return copy.outerHTML;
  }, HOST);
}

/** An init script (main world) that records at the load event whether these selectors are shown. */
export const RECORD_AT_LOAD = `
  addEventListener('load', () => {
    const shown = (selector) => Array.from(document.querySelectorAll(selector))
      .some((el) => el.getClientRects().length > 0 && getComputedStyle(el).display !== 'none');
    window.__atLoad = { qr: shown('.appendQr_wrap'), editor: shown('p.article-editor') };
  });
`;

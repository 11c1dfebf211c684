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

/**
 * The button `name` under the panel's 判断有误？, once that section is open: the heading is a
 * disclosure (closed when the panel first shows, and again after a reload), opened here if need be.
 */
export async function correctionButton(panel: Locator, name: string): Promise<Locator> {
  const heading = panel.getByRole('button', { name: '判断有误？' });
  await heading.waitFor({ timeout: 10_000 });
  if ((await heading.getAttribute('aria-expanded')) !== 'true') await heading.click();
  const button = panel.getByRole('button', { name, exact: true });
  await button.waitFor({ timeout: 10_000 });
  return button;
}

// The side panel page opened as a tab for one fixture tab (the open side panel is not a page that
// Playwright can drive): `?tab=ID` pins it to the tab that shows `url`.
import type { BrowserContext, Locator, Page } from 'playwright-core';

export async function openSidePanel(
  context: BrowserContext,
  extensionId: string,
  url: string,
): Promise<{ side: Page; panel: Locator }> {
  const side = await context.newPage();
  const address = `chrome-extension://${extensionId}/src/sidepanel/index.html`;
  await side.goto(address);
  const tabId = await side.evaluate(
    async (pageUrl) => (await chrome.tabs.query({ url: `${new URL(pageUrl).origin}/*` }))[0]?.id,
    url,
  );
  await side.goto(`${address}?tab=${tabId}`);
  return { side, panel: side.getByRole('complementary', { name: '新浪财经净读' }) };
}

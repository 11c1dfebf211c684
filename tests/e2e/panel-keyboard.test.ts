// The in-page panel used with the keyboard alone, in Chromium on the demo document page (its panel
// opens by itself): Tab walks into the panel in a sensible order (collapse, the copy buttons, the
// outline, then 显示原文), every stop shows a focus ring in the light and the dark theme, Enter works
// the buttons, the arrow keys walk the outline, and Esc closes the panel to its tab and Enter on the
// tab opens it again with the focus in it. Only key presses: no click, no focus() from the test.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type Launched, launchWithExtension } from './helpers/chromium';
import { closeAll } from './helpers/close';
import { DEMO, DEMO_URL } from './helpers/fixtures';
import { HOST, panelOf } from './helpers/panel';
import { type PageServer, startServer } from './helpers/server';

interface Stop {
  /** The focused element's accessible name as the panel gives it (aria-label, else its text). */
  name: string;
  inPanel: boolean;
  outline: string;
}

/** Where the focus is now, looking into our shadow root. */
function focused(page: Page): Promise<Stop> {
  return page.evaluate((host) => {
    const outer = document.activeElement;
    const inPanel = outer?.tagName.toLowerCase() === host;
    const el = (inPanel ? outer?.shadowRoot?.activeElement : outer) ?? null;
    const style = el ? getComputedStyle(el) : null;
    return {
      name: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(),
      inPanel,
      outline: style ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` : '',
    };
  }, HOST);
}

/** Tab from the top of the page through the panel; the stops inside it, in order. */
async function tabThroughPanel(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (stop.inPanel) stops.push(stop);
    else if (stops.length) break;
  }
  return stops;
}

describe.skipIf(!CHROMIUM)('Chromium: the panel by keyboard alone (needs /usr/bin/chromium)', () => {
  let server: PageServer;
  const launched: Launched[] = [];

  beforeAll(async () => {
    server = await startServer();
    server.set(DEMO_URL, { body: readFileSync(DEMO) });
  });
  afterAll(() => closeAll(...launched, server));

  async function open(colorScheme: 'light' | 'dark'): Promise<Page> {
    const browser = await launchWithExtension(server, { colorScheme });
    launched.push(browser);
    const page = await browser.context.newPage();
    await page.goto(DEMO_URL, { waitUntil: 'load' });
    await panelOf(page).getByRole('button', { name: '收起' }).waitFor({ timeout: 15_000 });
    return page;
  }

  const rings: Record<string, string[]> = {};

  it.each(['light', 'dark'] as const)(
    'Tab reaches every control in order, each with a focus ring (%s)',
    async (scheme) => {
      const page = await open(scheme);
      const stops = await tabThroughPanel(page);
      const names = stops.map((stop) => stop.name);
      const at = (name: string) => names.indexOf(name);
      expect(at('收起'), names.join(' · ')).toBe(0);
      expect(at('复制正文')).toBeGreaterThan(at('收起'));
      const firstClause = names.findIndex((name) => name.startsWith('一、'));
      expect(firstClause).toBeGreaterThan(at('复制正文'));
      expect(at('显示原文')).toBeGreaterThan(firstClause);
      for (const stop of stops) expect(stop.outline, stop.name).toMatch(/^solid [1-9]/);
      // The width rounds differently where a control's font is smaller; the colour is the theme's.
      rings[scheme] = [...new Set(stops.map((stop) => stop.outline.replace(/^solid \S+ /, '')))];
    },
  );

  it('draws the ring in each theme’s own colour', () => {
    expect(rings.light).toHaveLength(1);
    expect(rings.dark).toHaveLength(1);
    expect(rings.light).not.toEqual(rings.dark);
  });

  it('works with Enter, the arrow keys and Esc alone', async () => {
    const page = await open('light');
    const boilerplate = () => page.locator('.appendQr_wrap, p.article-editor').count();
    const stops = await tabThroughPanel(page);
    // Back into the panel, onto the first clause of the outline.
    await page.keyboard.press('Shift+Tab');
    let stop = await focused(page);
    for (let i = 0; i < stops.length && !stop.name.startsWith('一、'); i++) {
      await page.keyboard.press('Shift+Tab');
      stop = await focused(page);
    }
    expect(stop.name).toMatch(/^一、/);
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).name).not.toBe(stop.name);
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).name).toBe(stop.name);

    // On to 显示原文 and press it: the original is back; Enter again cleans it.
    for (let i = 0; i < stops.length && (await focused(page)).name !== '显示原文'; i++)
      await page.keyboard.press('Tab');
    expect(await boilerplate()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(boilerplate).toBe(2);
    expect((await focused(page)).inPanel).toBe(true);
    for (let i = 0; i < stops.length && (await focused(page)).name !== '恢复净读'; i++)
      await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(boilerplate).toBe(0);
    // Cleaning again re-analyses the page (the panel shows "loading" meanwhile): the focus comes back.
    await expect.poll(() => focused(page)).toMatchObject({ name: '显示原文', inPanel: true });

    // Esc closes the panel to its tab, which keeps the focus; Enter opens it again, focus on 收起.
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toMatchObject({ name: '打开新浪财经净读', inPanel: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ name: '收起', inPanel: true });
  });
});

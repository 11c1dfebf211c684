// The flicker probe: which boilerplate of the composite document page is displayed in each
// animation frame from the first until three frames after the load event. The e2e test and the
// benchmark both run it, with and without the extension (without it, the probe must see the
// boilerplate, or a probe that sees nothing would pass).
import type { BrowserContext } from 'playwright-core';

/** Boilerplate of the composite page's body that must never show. */
export const BOILERPLATE = ['.appendQr_wrap', 'p.article-editor', 'div.new_style_article'];

export interface Frame {
  t: number;
  present: string[];
  visible: string[];
}

/** Runs in the page before its own scripts (an init script): no closure over this module. */
function probe(selectors: string[]): void {
  const frames: Frame[] = [];
  const displayed = (el: Element) => {
    if (!el.getClientRects().length) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.opacity !== '0';
  };
  let after = 0;
  const frame = () => {
    frames.push({
      t: performance.now(),
      present: selectors.filter((s) => document.querySelector(s)),
      visible: selectors.filter((s) => Array.from(document.querySelectorAll(s)).some(displayed)),
    });
    if (document.readyState === 'complete') after++;
    if (after < 3 && frames.length < 300) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  Object.defineProperty(window, '__frames', { value: frames });
}

/** Load `url` in a new tab of `context` with the probe in place; the frames it recorded. */
export async function framesOf(context: BrowserContext, url: string): Promise<Frame[]> {
  // As source text, with a stand-in for the `__name` helper that tsx's transform (which runs the
  // benchmark) writes into named inner functions and that the page does not have.
  await context.addInitScript({
    content: `globalThis.__name ??= (f) => f; (${probe.toString()})(${JSON.stringify(BOILERPLATE)});`,
  });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.waitForTimeout(200);
    return await page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);
  } finally {
    await page.close();
  }
}

/** The selectors displayed in any of `frames`, sorted. */
export const shownIn = (frames: Frame[]): string[] => [...new Set(frames.flatMap((f) => f.visible))].sort();

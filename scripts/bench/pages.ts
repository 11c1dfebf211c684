// The Node half's pages: every shared fixture decoded as the CLI decodes it, served from the local
// server with the page's own JavaScript off, and the benchmark bundle (harness.ts) evaluated into it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { unwrapCorpus } from '../../src/cli/corpus';
import { decode } from '../../src/cli/decode';
import { addressIn } from '../lib/fixtures';
import { ROOT, SHARED_FIXTURES } from '../lib/paths';
import type { PageServer } from '../lib/server';
import type { BenchApi } from './harness';

declare global {
  interface Window {
    __bench: BenchApi;
  }
}

export interface Fixture {
  /** 'pages/x.html' */
  id: string;
  bytes: number;
  html: string;
  url: string | null;
}

export function loadFixtures(): Fixture[] {
  return ['pages', 'composite'].flatMap((dir) =>
    readdirSync(join(SHARED_FIXTURES, dir))
      .filter((name) => name.endsWith('.html'))
      .sort()
      .map((name) => {
        const bytes = readFileSync(join(SHARED_FIXTURES, dir, name));
        const text = decode(bytes);
        return {
          id: `${dir}/${name}`,
          bytes: bytes.length,
          html: unwrapCorpus(text),
          url: addressIn(text),
        };
      }),
  );
}

/** harness.ts with our pipeline, Readability and defuddle, as one browser script (not minified: defuddle ships minified anyway). */
export async function benchBundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'scripts', 'bench', 'harness.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'error',
  });
  return out.outputFiles[0]?.text ?? '';
}

/** Run `fn` on `fixture` loaded (cross-origin isolated, nothing else fetched) with the bundle in it. */
export async function onPage<T>(
  browser: Browser,
  server: PageServer,
  fixture: Fixture,
  code: string,
  fn: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const path = `/f/${fixture.id}`;
    await context.route('**/*', (route) =>
      route.request().url() === `${server.origin}${path}` ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    server.set(path, { body: fixture.html, isolated: true });
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await page.evaluate(code);
    return await fn(page);
  } finally {
    await context.close();
  }
}

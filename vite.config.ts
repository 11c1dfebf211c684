// One source, two builds: `vite build --mode chrome` → dist/chrome, `--mode firefox` → dist/firefox.
// crxjs reads the per-browser manifest, bundles every entry it names (content script, background,
// side panel, options) and writes the loader files each browser needs.
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { transform } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { type Browser, manifestFor } from './scripts/manifest';
import { hidingCss } from './src/content/stylesheet';
import { toMatcherData, toRuleWords } from './src/core/matchers';
import { RULES } from './src/core/rules';

/** The modules the content script needs on every article page (its lazy parts stay out). */
const PAGE_MODULES =
  /src[\\/](?:core[\\/](?:matchers|detect|clean|unfold|text|dates[\\/](?:page|calendar))\.ts|common[\\/](?:native|settings|messages|lang)|content[\\/](?!index|analysis-chunk|early|jump))/;

/** What the panel and the analysis load on demand (the content script's lazy part): one chunk, one gzip stream. */
const LAZY_MODULES = /node_modules[\\/]preact[\\/]|src[\\/](?:panel|core)[\\/]/;

/**
 * The reader's own rules (隐藏此块) as matchers, and their JSON: a page of a site with such rules loads
 * this small chunk before cleaning, not the panel's.
 */
const USER_RULE_MODULES = /src[\\/](?:core[\\/]pick[\\/]user-matchers|common[\\/]user-rules)\.ts/;

/**
 * The panel's stylesheet is a CSS string in a TypeScript module (it goes into the page's shadow root):
 * the JavaScript minifier leaves strings alone, so the CSS is minified here.
 */
function minifyPanelCss(): Plugin {
  return {
    name: 'minify-panel-css',
    async transform(code, id) {
      if (!/src[\\/]panel[\\/]panel\.css\.ts$/.test(id)) return null;
      const at = code.indexOf('`');
      const end = code.lastIndexOf('`');
      const css = code.slice(at + 1, end);
      if (at < 0 || css.includes('${')) return null;
      const minified = (await transform(css, { loader: 'css', minify: true })).code.trim();
      return {
        code: `${code.slice(0, at + 1)}${minified.replaceAll('`', '\\`')}${code.slice(end)}`,
        map: null,
      };
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact({ prefreshEnabled: false }),
      minifyPanelCss(),
      crx({ manifest: manifestFor(browser), browser }),
    ],
    // The early content script's stylesheet, from the rule table, so that it need not carry the table.
    define: {
      __HIDING_CSS__: JSON.stringify(hidingCss(RULES)),
      // The rule table without its words, for the content script (src/content/rule-matchers.ts).
      __RULE_MATCHERS__: JSON.stringify(toMatcherData(RULES)),
      // Its words without its examples, for the panel and the options page (src/common/rule-words.ts).
      __RULE_WORDS__: JSON.stringify(toRuleWords(RULES)),
    },
    build: {
      // Vite's preload helper would add <link rel=modulepreload> to the page's head: the page's HTML
      // must stay the page's, and extension chunks load fast without it.
      modulePreload: false,
      rolldownOptions: {
        output: {
          // What every Sina page loads goes in one chunk: one file and one gzip stream cost less than
          // five small shared ones (the page's budget is 12 KB gzipped). Extension pages import it too.
          // The same for what the panel and the analysis load on demand (budget 20 KB gzipped).
          codeSplitting: {
            groups: [
              { name: 'page', test: PAGE_MODULES, priority: 10 },
              { name: 'user-rules', test: USER_RULE_MODULES, priority: 8 },
              { name: 'panel', test: LAZY_MODULES, priority: 5 },
            ],
          },
        },
      },
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      // Extension code is reviewed by the stores: readable output helps, and size is measured gzipped.
      minify: true,
      sourcemap: false,
      target: browser === 'firefox' ? 'firefox140' : 'chrome116',
    },
    // No dev server use: the extension is always built; `npm start` loads dist/chrome.
    server: { port: 5173, strictPort: true },
  };
});

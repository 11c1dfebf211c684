// One source, two builds: `vite build --mode chrome` → dist/chrome, `--mode firefox` → dist/firefox.
// crxjs reads the per-browser manifest, bundles every entry it names (content script, background,
// side panel, options) and writes the loader files each browser needs.
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { transform } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { type Browser, manifestFor } from './scripts/manifest';
import { CLEAN_ANYWAY_KEY } from './src/common/override-keys';
import { hidingCss } from './src/content/stylesheet';
import { toMatcherData, toRuleLabels, toRuleWords } from './src/core/matchers';
import { RULES } from './src/core/rules';

/** The modules the content script needs on every article page (its lazy parts, content/lazy/ among them, stay out). */
const PAGE_MODULES =
  /src[\\/](?:core[\\/](?:matchers|detect|clean|unfold|text)\.ts|common[\\/](?:native|settings|messages|lang)|content[\\/](?!index|analysis-chunk|export-chunk|picker-chunk|corrections-chunk|early|jump|flash-style|lazy[\\/]))/;

/**
 * The reader's own rules (隐藏此块) as matchers, and their JSON: a page of a site with such rules loads
 * this small chunk before cleaning, not the panel's nor the picker's.
 */
const USER_RULE_MODULES = /src[\\/](?:core[\\/]pick[\\/]user-matchers|common[\\/]user-rules)\.ts/;

/**
 * What only a copy needs (the text and the summary, Markdown, the citations, RIS, BibTeX, a clause's
 * link, a cleaned selection): loaded at the first copy, after the panel and the analysis.
 */
const COPY_MODULES =
  /src[\\/](?:core[\\/](?:cite[\\/]|copy[\\/]|format|markdown|front-matter)|common[\\/](?:clipboard|copy-text|copy-request|selection)|content[\\/]export-chunk)/;

/**
 * What showing the panel loads as one chunk and one gzip stream: Preact and the panel, the analysis
 * (the core past cleaning) with the reader's document view for this address (the overrides). The lazy
 * half that the page script imports (content/analysis-chunk.ts) stays a small chunk of its own: as the
 * entry it exports directly, where a module inside the group would need a namespace object and the
 * bundler's runtime. Not what only a further demand needs, though the core and the panel
 * hold it: the diagnostics and the fallback finder (corrections-chunk), the picker's parts and the
 * words of its outcomes (hide-block-flow), 判断有误？'s buttons and words (corrections-view), the copy
 * formats (the text and the summary among them) and what a copy says (copy-words), the jump to a
 * clause and the outline's arrow keys;
 * nor the strings tables, of which
 * the panel loads one (src/panel/strings.ts); nor preact/hooks, which only the options page uses (the
 * panel's stateful parts are classes).
 */
const LAZY_MODULES =
  /node_modules[\\/]preact[\\/](?!hooks[\\/])|src[\\/](?:panel[\\/](?!pick-outcome|hide-block-flow|corrections-view|detector-strings|outline-keys|copy-words|strings-)|core[\\/](?!detect-fallback|diagnostics|pick[\\/]|cite[\\/]|copy[\\/]|format|markdown|front-matter)|common[\\/](?:copy-error|rule-labels|overrides|address)\.ts|content[\\/](?:lazy[\\/](?:analyser|stored-overrides))\.ts)/;

/** A stylesheet held in a constant: `const NAME_CSS = \`…\`` with nothing interpolated. */
const CSS_CONSTANT = /(const [A-Z_]+_CSS = `)([^`$]*)(`)/g;

/**
 * The panel's stylesheet and the page script's own (the tab drawn before the panel loads) are CSS
 * strings in TypeScript modules (they go into the page's shadow root): the JavaScript minifier leaves
 * strings alone, so the CSS is minified here. Every byte of the page script counts against its budget.
 */
function minifyCssConstants(): Plugin {
  return {
    name: 'minify-css-constants',
    async transform(code, id) {
      if (!/src[\\/](?:panel|content)[\\/][\w.-]+\.tsx?$/.test(id) || !code.includes('_CSS = `')) return null;
      const parts: string[] = [];
      let last = 0;
      for (const match of code.matchAll(CSS_CONSTANT)) {
        const [whole, open, css, close] = match as unknown as [string, string, string, string];
        const minified = (await transform(css, { loader: 'css', minify: true })).code.trim();
        parts.push(code.slice(last, match.index), open, minified.replaceAll('`', '\\`'), close);
        last = match.index + whole.length;
      }
      if (!parts.length) return null;
      return { code: parts.join('') + code.slice(last), map: null };
    },
  };
}

/**
 * Vite wraps every dynamic import in its preload helper even with `modulePreload: false`
 * (vitejs/vite#13952, #18551): some 0.6 KB gzipped of code that adds <link> preloads to the page's
 * head, in the page script. Extension chunks load from the extension itself and none that a content
 * script imports has CSS of its own (the panel's stylesheet is a string for its shadow root), so the
 * helper is replaced by one that only runs the import. Were a dynamic import ever to bring CSS, the
 * panel's e2e tests would show it unstyled.
 */
function noPreloadHelper(): Plugin {
  const HELPER = '\0vite/preload-helper.js';
  return {
    name: 'no-preload-helper',
    enforce: 'pre',
    load(id) {
      return id === HELPER ? 'export const __vitePreload = (load) => load();' : null;
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact({ prefreshEnabled: false }),
      minifyCssConstants(),
      noPreloadHelper(),
      crx({ manifest: manifestFor(browser), browser }),
    ],
    // The early content script's stylesheet, from the rule table, so that it need not carry the table.
    define: {
      __HIDING_CSS__: JSON.stringify(hidingCss(RULES)),
      // The rule table without its words, for the content script (src/content/rule-matchers.ts).
      __RULE_MATCHERS__: JSON.stringify(toMatcherData(RULES)),
      // Its words without its examples, for the panel and the options page (src/common/rule-words.ts).
      __RULE_WORDS__: JSON.stringify(toRuleWords(RULES)),
      // Only their labels, for the panel's list of what was removed.
      __RULE_LABELS__: JSON.stringify(toRuleLabels(RULES)),
      // 仍然净化's storage key, which the page script reads by itself.
      __CLEAN_ANYWAY_KEY__: JSON.stringify(CLEAN_ANYWAY_KEY),
    },
    build: {
      // Vite's preload helper would add <link rel=modulepreload> to the page's head: the page's HTML
      // must stay the page's, and extension chunks load fast without it.
      modulePreload: false,
      rolldownOptions: {
        output: {
          // Chunks named without a content hash: the page script imports them by name, and each name
          // is bytes of its budget. An extension's files change only with its version, so no cache
          // needs a hash to tell one build's file from another's.
          chunkFileNames: 'assets/[name].js',
          // What every Sina page loads goes in one chunk: one file and one gzip stream cost less than
          // five small shared ones (the page's budget is 12 KB gzipped). Extension pages import it too.
          // The same for what the panel and the analysis load on demand (budget 20 KB gzipped), and
          // for what a copy loads after them.
          codeSplitting: {
            groups: [
              { name: 'page', test: PAGE_MODULES, priority: 10 },
              { name: 'user-rules', test: USER_RULE_MODULES, priority: 8 },
              { name: 'panel', test: LAZY_MODULES, priority: 5 },
              // After the panel's: what a copy imports from the analysis stays in the panel's chunk.
              { name: 'copy', test: COPY_MODULES, priority: 3 },
            ],
          },
        },
      },
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      // Extension code is reviewed by the stores: readable output helps, and size is measured gzipped.
      minify: true,
      sourcemap: process.env.SOURCEMAP === '1',
      target: browser === 'firefox' ? 'firefox140' : 'chrome116',
    },
    // No dev server use: the extension is always built; `npm start` loads dist/chrome.
    server: { port: 5173, strictPort: true },
  };
});

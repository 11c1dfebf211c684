import { defineConfig } from 'vitest/config';
import { CLEAN_ANYWAY_KEY } from './src/common/override-keys';
import { hidingCss } from './src/content/stylesheet';
import { toMatcherData, toRuleLabels, toRuleWords } from './src/core/matchers';
import { RULES } from './src/core/rules';

export default defineConfig({
  // The build-time constants of vite.config.ts, so tests run the content script's code as built.
  define: {
    __HIDING_CSS__: JSON.stringify(hidingCss(RULES)),
    __RULE_MATCHERS__: JSON.stringify(toMatcherData(RULES)),
    __RULE_WORDS__: JSON.stringify(toRuleWords(RULES)),
    __RULE_LABELS__: JSON.stringify(toRuleLabels(RULES)),
    __CLEAN_ANYWAY_KEY__: JSON.stringify(CLEAN_ANYWAY_KEY),
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/corpus/**/*.test.ts', 'tests/property/**/*.test.ts'],
    environment: 'happy-dom',
    environmentOptions: {
      happyDOM: {
        // Test pages are saved Sina pages: nothing in them may load or run, and saying so is not an error.
        settings: {
          disableJavaScriptEvaluation: true,
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
          disableIframePageLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
  },
});

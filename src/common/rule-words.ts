// The words for people of every cleaning rule (label, reasons in two languages), defined at build time
// from the core's table (vite.config.ts): the panel and the options page list the rules without
// loading the table's selectors, patterns and examples.
import type { RuleWords } from '../core/matchers';

export const RULE_WORDS: readonly RuleWords[] = __RULE_WORDS__;

export function ruleWords(name: string): RuleWords | undefined {
  return RULE_WORDS.find((rule) => rule.name === name);
}

// The rule table without its words, as data that survives JSON: the content script gets it at build
// time (vite.config.ts defines it), so the words for people (labels, reasons in two languages) load
// only with the panel and the options page, and every page stays within its size budget.
import type { Matcher, Rule } from './types';

/** A matcher with its pattern as source and flags. */
export type MatcherData = Omit<Matcher, 'text'> & { text?: { source: string; flags: string } };

export function toMatcherData(rules: readonly Rule[]): MatcherData[] {
  return rules.map(
    ({ label: _label, reason: _reason, reasonZh: _reasonZh, examples: _examples, text, ...rest }) => ({
      ...rest,
      ...(text ? { text: { source: text.source, flags: text.flags } } : {}),
    }),
  );
}

export function fromMatcherData(data: readonly MatcherData[]): Matcher[] {
  return data.map(({ text, ...rest }) => ({
    ...rest,
    ...(text ? { text: new RegExp(text.source, text.flags) } : {}),
  }));
}

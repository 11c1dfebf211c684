// The rule table without its words, as data that survives JSON: the content script gets it at build
// time (vite.config.ts defines it), so the words for people (labels, reasons in two languages) load
// only with the panel and the options page, the examples only with the tests, and every page stays
// within its size budget.
import type { Matcher, Rule, RuleAction } from './types';

/**
 * The prefix of a user rule's name: `user:` + its selector (隐藏此块; the panel lists it as 我的规则).
 * Here, with the matchers every page loads, so that neither the panel nor the reader's rules need
 * the other's chunk to tell one.
 */
export const USER_PREFIX = 'user:';

/**
 * 隐藏此块: how many elements besides the chosen one a user rule may take: about a screenful of repeated blocks
 * (a column of ads, a list of promo cards). More, and the selector is too broad to trust.
 */
export const MAX_OTHERS = 15;

/**
 * A matcher with its pattern as source and flags, written short, since every page loads it: the
 * usual scope (body), action (remove) and flags (none) are left out and filled in again on reading.
 */
export type MatcherData = Omit<Matcher, 'text' | 'scope' | 'action'> & {
  scope?: 'page';
  action?: Exclude<RuleAction, 'remove'>;
  text?: { source: string; flags?: string };
};

export function toMatcherData(rules: readonly Rule[]): MatcherData[] {
  return rules.map(
    ({
      label: _label,
      reason: _reason,
      reasonZh: _reasonZh,
      examples: _examples,
      text,
      scope,
      action,
      ...rest
    }) => ({
      ...rest,
      ...(scope === 'page' ? { scope } : {}),
      ...(action !== 'remove' ? { action } : {}),
      ...(text
        ? { text: text.flags ? { source: text.source, flags: text.flags } : { source: text.source } }
        : {}),
    }),
  );
}

/** The words for people of a rule: what the panel and the options page show, without the examples. */
export type RuleWords = Pick<Rule, 'name' | 'label' | 'reason' | 'reasonZh'>;

export function toRuleWords(rules: readonly Rule[]): RuleWords[] {
  return rules.map(({ name, label, reason, reasonZh }) => ({ name, label, reason, reasonZh }));
}

/** Each rule's label by its name: all the panel needs to list what was removed (the reasons load when asked). */
export function toRuleLabels(rules: readonly Rule[]): Record<string, string> {
  return Object.fromEntries(rules.map(({ name, label }) => [name, label]));
}

export function fromMatcherData(data: readonly MatcherData[]): Matcher[] {
  return data.map(({ text, scope, action, ...rest }) => ({
    ...rest,
    scope: scope ?? 'body',
    action: action ?? 'remove',
    ...(text ? { text: new RegExp(text.source, text.flags ?? '') } : {}),
  }));
}

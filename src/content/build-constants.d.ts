/** The hiding stylesheet for every rule, computed from the rule table at build time (vite.config.ts). */
declare const __HIDING_CSS__: string;

/** The rule table without its words (names, scopes, selectors, patterns), from the table at build time. */
declare const __RULE_MATCHERS__: import('../core/matchers').MatcherData[];

/** Each rule's label and reasons, without its examples (the panel and the options page list rules). */
declare const __RULE_WORDS__: import('../core/matchers').RuleWords[];

/** 仍然净化's storage key (common/override-keys.ts), for the page script. */
declare const __CLEAN_ANYWAY_KEY__: typeof import('../common/override-keys').CLEAN_ANYWAY_KEY;

/** Each rule's label by its name (the panel lists what was removed; its reasons load on demand). */
declare const __RULE_LABELS__: Record<string, string>;

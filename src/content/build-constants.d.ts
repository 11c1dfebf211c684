/** The hiding stylesheet for every rule, computed from the rule table at build time (vite.config.ts). */
declare const __HIDING_CSS__: string;

/** The rule table without its words (names, scopes, selectors, patterns), from the table at build time. */
declare const __RULE_MATCHERS__: import('../core/matchers').MatcherData[];

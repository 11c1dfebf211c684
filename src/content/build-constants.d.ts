/** The hiding stylesheet for every rule, computed from the rule table at build time (vite.config.ts). */
declare const __HIDING_CSS__: string;

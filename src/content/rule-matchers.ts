// The cleaning rules as the content script gets them: the core's one rule table without its words,
// defined at build time (vite.config.ts), so pages never load the labels and reasons (those come
// with the panel and the options page).
import { fromMatcherData } from '../core/matchers';
import type { Matcher } from '../core/types';

export const MATCHERS: readonly Matcher[] = fromMatcherData(__RULE_MATCHERS__);

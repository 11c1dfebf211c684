// 隐藏此块 from the choice to the saved rule: pick an element, build its selector, check it on the
// page, and save it to the settings unless it takes too much or the article body (then the panel
// asks first). The saved rules are put in force at once, through the content script's cleaning.
import { detectLang } from '../common/lang';
import type { PickOutcome } from '../common/pick';
import { addUserRule } from '../common/user-rules';
import { lifetime } from '../content/lifetime';
import { checkSelector } from '../core/pick/check';
import { buildSelector } from '../core/pick/selector';
import { userMatchers } from '../core/pick/user-matchers';
import type { Matcher } from '../core/types';
import { pickElement } from './overlay';

/** The page's cleaning, as the picker needs it (the content script's Session). */
export interface Cleaning {
  /** The article body now (null on a page without one). */
  readonly body: Element | null;
  setPageRules(rules: readonly Matcher[]): void;
}

/** The page rules with the reader's own (after putting them in the hiding stylesheet). */
export type WithUserRules = (user: Matcher[]) => Matcher[];

/** Our panel's host element: never a block to hide. */
const PANEL_HOST = 'sina-clean-root';

async function save(cleaning: Cleaning, withUser: WithUserRules, selector: string): Promise<PickOutcome> {
  const site = location.hostname;
  // Counted before the rule takes its blocks out of the page.
  const count = document.querySelectorAll(selector).length;
  const rules = await addUserRule(site, selector);
  // The same plan/apply/undo as the built-in rules: restored and cleaned again with the new one.
  cleaning.setPageRules(withUser(userMatchers(rules, site, document)));
  return { status: 'saved', selector, count };
}

async function pick(cleaning: Cleaning, withUser: WithUserRules): Promise<PickOutcome> {
  const chosen = await pickElement(document, {
    lang: detectLang(navigator.language),
    ours: (el) => el.localName === PANEL_HOST,
    describe: (el) => buildSelector(el) ?? el.localName,
    signal: lifetime,
  });
  if (!chosen) return { status: 'cancelled' };
  const selector = buildSelector(chosen);
  if (!selector) return { status: 'nameless' };
  const check = checkSelector(selector, chosen, cleaning.body);
  // A built selector is always valid CSS: `invalid` would be our bug, said as a miss.
  if (!check.ok)
    return { status: check.reason === 'too-many' ? 'too-many' : 'misses', selector, count: check.count };
  if (check.body) return { status: 'ask', selector, count: check.count };
  return save(cleaning, withUser, selector);
}

/** Let the reader pick a block and save it where it fits; with `confirmed`, save that selector (after `ask`). */
export const hideBlock = (
  cleaning: Cleaning,
  withUser: WithUserRules,
  confirmed?: string,
): Promise<PickOutcome> =>
  confirmed === undefined ? pick(cleaning, withUser) : save(cleaning, withUser, confirmed);

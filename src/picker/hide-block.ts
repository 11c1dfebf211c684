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

/** What the content script lends the picker. */
export interface HidingContext {
  /** The article body now (null on a page without one). */
  body(): Element | null;
  /** Put this site's rules in force (stylesheet and cleaning, with exact undo). */
  apply(user: Matcher[]): void;
}

/** Our panel's host element: never a block to hide. */
const PANEL_HOST = 'sina-clean-root';

async function save(context: HidingContext, selector: string): Promise<PickOutcome> {
  const site = location.hostname;
  // Counted before the rule takes its blocks out of the page.
  const count = document.querySelectorAll(selector).length;
  const rules = await addUserRule(site, selector);
  context.apply(userMatchers(rules, site, document));
  return { status: 'saved', selector, count };
}

async function pick(context: HidingContext): Promise<PickOutcome> {
  const chosen = await pickElement(document, {
    lang: detectLang(navigator.language),
    ours: (el) => el.localName === PANEL_HOST,
    describe: (el) => buildSelector(el) ?? el.localName,
    signal: lifetime,
  });
  if (!chosen) return { status: 'cancelled' };
  const selector = buildSelector(chosen);
  if (!selector) return { status: 'nameless' };
  const check = checkSelector(selector, chosen, context.body());
  // A built selector is always valid CSS: `invalid` would be our bug, said as a miss.
  if (!check.ok)
    return { status: check.reason === 'too-many' ? 'too-many' : 'misses', selector, count: check.count };
  if (check.body) return { status: 'ask', selector, count: check.count };
  return save(context, selector);
}

/** Let the reader pick a block and save it where it fits; with `confirmed`, save that selector (after `ask`). */
export const hideBlock = (context: HidingContext, confirmed?: string): Promise<PickOutcome> =>
  confirmed === undefined ? pick(context) : save(context, confirmed);

// On every shared page, `plan` takes with each rule's selectors exactly what one query of that rule's
// selectors finds, the first rule in table order winning: whichever of its two ways (probed during the
// text rules' walk, or queried) a selector is matched by (src/core/clean.ts, `Prepared`).
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/core/clean';
import { RULES } from '../../src/core/rules';
import type { Matcher } from '../../src/core/types';
import { HAVE_SHARED, SKIP_REASON, sharedDocument, sharedPages } from '../helpers/shared';

const pages = sharedPages();
if (!HAVE_SHARED) console.warn(SKIP_REASON);

/**
 * Each table's rules with their selectors alone (no text, comment or textIn part), and a text rule
 * that takes nothing: selectors are probed only where text rules walk the elements anyway.
 */
const tables: [string, Matcher[]][] = (['body', 'page'] as const).map((scope) => [
  scope,
  [
    ...RULES.filter((rule) => rule.scope === scope && rule.selectors?.length).map(
      ({ name, scope, action, selectors }): Matcher => ({ name, scope, action, selectors }),
    ),
    { name: 'text', scope, action: 'remove', text: /^(?!)/ },
  ],
]);

/** The first rule, in table order, of every element that one query per rule finds. */
function queried(root: Element, rules: Matcher[]): Map<Element, string> {
  const owner = new Map<Element, string>();
  for (const rule of rules)
    for (const el of root.querySelectorAll((rule.selectors ?? []).join()))
      if (!owner.has(el)) owner.set(el, rule.name);
  return owner;
}

describe.skipIf(!pages.length)('selector matches on the shared pages', () => {
  it.each(pages)('%s', (path) => {
    const doc = sharedDocument(path);
    const root = doc.body as Element;
    for (const [scope, rules] of tables) {
      const owner = queried(root, rules);
      const steps = plan(root, rules);
      const taken = new Set(steps.filter((step) => step.action !== 'unfold').map((step) => step.node));
      for (const step of steps)
        expect(`${scope} ${step.rule}`).toBe(`${scope} ${owner.get(step.node as Element)}`);
      // Every element a query finds is planned, or goes with a node that is taken out.
      const stepNodes = new Set(steps.map((step) => step.node));
      for (const el of owner.keys()) {
        if (stepNodes.has(el)) continue;
        let at = el.parentNode;
        while (at && at !== root && !taken.has(at)) at = at.parentNode;
        expect(
          at !== root && at !== null,
          `${scope}: ${owner.get(el)} <${el.tagName} class="${el.className}">`,
        ).toBe(true);
      }
    }
  });
});

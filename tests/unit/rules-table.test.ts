// The rule table checked row by row against its own evidence: every rule's `removes` snippets are
// taken (one step each, by that rule), its `keeps` near misses are left alone, page rules hide through
// the generated stylesheet, and the shared pages a rule names in `seenIn` really fire it. Each rule
// is a test of its own here by construction: a new rule is tested the moment it is added.
import { describe, expect, it } from 'vitest';
import { apply, plan } from '../../src/core/clean';
import { detect } from '../../src/core/describe';
import { BODY_RULES, RULES } from '../../src/core/rules';
import type { Rule } from '../../src/core/types';
import { articleBody, page } from '../helpers/html';
import { HAVE_SHARED, SKIP_REASON, sharedDocument } from '../helpers/shared';

const BEFORE = '<p>　　正文第一段，讲述了事件的来龙去脉，内容完整，不应被删除。</p>';
const AFTER = '<p>　　尾段仍是文章的一部分，同样必须保留下来。</p>';

/** The selectors of the stylesheet the early script puts on every page, as built. */
const HIDDEN = __HIDING_CSS__
  .split('}')
  .map((block) => block.split('{')[0]?.trim() ?? '')
  .filter(Boolean)
  .join(',');

/** Elements of `html` (placed around an article body) that the page-wide stylesheet hides. */
function hiddenIn(html: string): Element[] {
  const doc = page(`<!DOCTYPE html><html><body><div class="main">${html}</div></body></html>`);
  return Array.from(doc.querySelectorAll('.main *')).filter((el) => el.matches(HIDDEN));
}

function bodyWith(snippet: string) {
  const { body } = articleBody(`${BEFORE}${snippet}${AFTER}`);
  return { body, steps: plan(body, BODY_RULES) };
}

const rows = RULES.map((rule) => [rule.name, rule] as [string, Rule]);

describe.each(rows)('rule %s', (_name, rule) => {
  it('has evidence: at least one example it takes', () => {
    expect(rule.examples.removes.length).toBeGreaterThan(0);
  });

  if (rule.action === 'unfold') {
    // An unfold rule opens the page's fold wherever it stands (the card's cap sits around the body).
    it.each(rule.examples.removes)('unfolds %s as exactly one step of its own', (snippet) => {
      const doc = page(`<!DOCTYPE html><html><body><div class="main">${snippet}</div></body></html>`);
      const root = doc.querySelector('.main') as Element;
      expect(plan(root, [rule]).map((step) => step.rule)).toEqual([rule.name]);
    });
  } else if (rule.scope === 'body') {
    it.each(rule.examples.removes)('takes %s as exactly one step of its own', (snippet) => {
      const { body, steps } = bodyWith(snippet);
      expect(steps.map((step) => step.rule)).toEqual([rule.name]);
      const textBefore = body.textContent ?? '';
      apply(steps);
      expect(body.textContent).toContain('正文第一段');
      expect(body.textContent).toContain('尾段仍是文章的一部分');
      // A removal takes text or markup away; an unwrap keeps every word and drops the element.
      if (rule.action === 'unwrap') expect(body.textContent).toBe(textBefore);
      else expect(body.innerHTML.length).toBeLessThan(`${BEFORE}${snippet}${AFTER}`.length);
    });
  } else {
    it.each(rule.examples.removes)('hides %s through the generated stylesheet', (snippet) => {
      const [first] = hiddenIn(snippet);
      expect(first, 'the snippet matches a selector of the hiding CSS').toBeDefined();
      expect(first?.matches((rule.selectors ?? []).join(','))).toBe(true);
    });
  }

  it.each(rule.examples.keeps ?? [])('leaves %s alone', (snippet) => {
    expect(bodyWith(snippet).steps).toEqual([]);
    expect(hiddenIn(snippet)).toEqual([]);
  });
});

// ── seenIn: the shared pages each rule names, where ../shared is present ──────────────────────────

if (!HAVE_SHARED) console.warn(SKIP_REASON);

/** page path → the rules that name it */
const seen = new Map<string, Rule[]>();
for (const rule of RULES)
  for (const path of rule.examples.seenIn ?? []) seen.set(path, [...(seen.get(path) ?? []), rule]);

/** Which rules fire on a saved page: body rules by the cleaner's plan, page rules by the stylesheet. */
function firedOn(path: string): Set<string> {
  const document = sharedDocument(path);
  const { page: info, body } = detect(document, null);
  const fired = new Set<string>();
  if (info.kind === 'article' && body) for (const step of plan(body, BODY_RULES)) fired.add(step.rule);
  for (const rule of RULES) {
    if (rule.scope !== 'page') continue;
    const own = Array.from(document.querySelectorAll((rule.selectors ?? []).join(',')));
    if (own.some((el) => el.matches(HIDDEN))) fired.add(rule.name);
  }
  return fired;
}

describe.skipIf(!HAVE_SHARED)('rules fire on the shared pages they name', () => {
  it.each([...seen].map(([path, rules]) => [path, rules.map((rule) => rule.name)] as const))(
    '%s fires %s',
    (path, names) => {
      const fired = firedOn(path);
      for (const name of names) expect(fired.has(name), `${name} on ${path}`).toBe(true);
    },
    20_000,
  );
});

describe('the matcher data the page script is built with', () => {
  const json = JSON.stringify(__RULE_MATCHERS__);

  it('gives the panel and the options page the words of every rule, and none of its examples', () => {
    expect(__RULE_WORDS__.map((words) => words.name)).toEqual(RULES.map((rule) => rule.name));
    expect(JSON.stringify(__RULE_WORDS__)).not.toContain('examples');
    expect(JSON.stringify(__RULE_WORDS__)).not.toContain('appendQr_wrap');
  });

  it('gives the panel every rule’s label alone, without its reasons', () => {
    expect(Object.entries(__RULE_LABELS__)).toEqual(RULES.map((rule) => [rule.name, rule.label]));
    const labels = JSON.stringify(__RULE_LABELS__);
    for (const rule of RULES) expect(labels).not.toContain(rule.reasonZh);
  });

  it('names every rule, and holds none of the examples or the words for people', () => {
    expect(__RULE_MATCHERS__.map((matcher) => matcher.name)).toEqual(RULES.map((rule) => rule.name));
    expect(json).not.toContain('examples');
    for (const rule of RULES) {
      expect(json).not.toContain(JSON.stringify(rule.reason));
      const snippets = [
        ...rule.examples.removes,
        ...(rule.examples.keeps ?? []),
        ...(rule.examples.seenIn ?? []),
      ];
      for (const snippet of snippets)
        expect(json, `${rule.name}: ${snippet}`).not.toContain(JSON.stringify(snippet).slice(1, -1));
    }
  });
});

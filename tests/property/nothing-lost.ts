// Nothing lost, whatever the page: a property test over mutations of every shared article page (and
// the demo page). Each generated case deletes, moves, duplicates and re-nests nodes, injects
// boilerplate, sets random attributes and adds text in odd scripts, then checks four invariants:
//   1. the pipeline never throws;
//   2. undo restores the identical HTML;
//   3. no node is removed outside what the plan's steps take;
//   4. every paragraph of article text survives cleaning (unless mutation put it inside boilerplate).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { decode } from '../../src/cli/decode';
import { parseHtml } from '../../src/cli/dom';
import { buildBlocks } from '../../src/core/blocks';
import { apply, plan } from '../../src/core/clean';
import { detect } from '../../src/core/describe';
import { formatText } from '../../src/core/format';
import { run } from '../../src/core/pipeline';
import { BODY_RULES } from '../../src/core/rules';
import { collapseSpace, textOf } from '../../src/core/text';
import { FIXTURES, ROOT, sharedPages } from '../helpers/shared';
import { BOILERPLATE, BOILERPLATE_WORDS, ODD_TEXT, SAFE_ATTRIBUTES } from './mutations';

/** Generated cases over all pages together; CI runs them all. */
const TOTAL_RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000);

interface Seed {
  name: string;
  html: string;
  /** Article paragraphs: prose-length blocks of the unmutated page without boilerplate words. */
  article: Set<string>;
}

/** The article part of a saved page as a small page (head metadata, headline, body container). */
async function seedOf(name: string, bytes: Uint8Array): Promise<Seed | null> {
  const document = parseHtml(decode(bytes));
  const { page, body } = detect(document);
  if (page.kind !== 'article' || !body) return null;
  // Embedded frames and scripts carry no text; the test DOM would only try to load them.
  for (const el of Array.from(body.querySelectorAll('iframe, script, link, object, embed'))) el.remove();
  const metas = Array.from(document.querySelectorAll('meta[property], meta[name]'))
    .map((m) => m.outerHTML)
    .join('');
  const html = `<!DOCTYPE html><html><head>${metas}</head><body><h1 class="main-title">${page.title ?? ''}</h1>${body.outerHTML}</body></html>`;
  const probe = new DOMParser().parseFromString(html, 'text/html');
  // Article text is told apart without the rule table (else a rule that ate prose would hide itself):
  // paragraphs of prose length that carry none of the boilerplate's words.
  const container = detect(probe).body;
  const blocks = container ? buildBlocks(container) : [];
  const article = new Set(
    blocks.map((b) => b.text).filter((t) => t.length >= 40 && !BOILERPLATE_WORDS.test(t)),
  );
  return { name, html, article };
}

/** The shared pages (split over the shards), and the demo page (in every shard, so each runs without ../shared). */
const SHARED_PAGES = sharedPages().map((f) => join(FIXTURES, f));
const DEMO = join(ROOT, 'tests', 'fixtures', 'finance-doc-demo.html');

type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'move'; at: number; to: number }
  | { op: 'duplicate'; at: number }
  | { op: 'nest'; at: number; tag: string }
  | { op: 'inject'; at: number; snippet: number }
  | { op: 'attribute'; at: number; name: string; value: string }
  | { op: 'odd-text'; at: number; text: number };

const index = fc.nat({ max: 10_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: index }),
  fc.record({ op: fc.constant('move' as const), at: index, to: index }),
  fc.record({ op: fc.constant('duplicate' as const), at: index }),
  fc.record({
    op: fc.constant('nest' as const),
    at: index,
    tag: fc.constantFrom('div', 'section', 'span', 'font', 'center'),
  }),
  fc.record({
    op: fc.constant('inject' as const),
    at: index,
    snippet: fc.nat({ max: BOILERPLATE.length - 1 }),
  }),
  fc.record({
    op: fc.constant('attribute' as const),
    at: index,
    name: fc.constantFrom(...SAFE_ATTRIBUTES),
    value: fc.string({ unit: 'grapheme', maxLength: 12 }),
  }),
  fc.record({ op: fc.constant('odd-text' as const), at: index, text: fc.nat({ max: ODD_TEXT.length - 1 }) }),
);

/** Apply mutations to the body container; returns the roots of injected boilerplate. */
function mutate(doc: Document, container: Element, mutations: readonly Mutation[]): Set<Node> {
  const injected = new Set<Node>();
  const pick = <T>(list: readonly T[], at: number): T | undefined =>
    list.length ? list[at % list.length] : undefined;
  for (const m of mutations) {
    const children = Array.from(container.childNodes);
    const child = pick(children, m.at);
    switch (m.op) {
      case 'delete': {
        const all = Array.from(container.querySelectorAll('*'));
        pick(all, m.at)?.remove();
        break;
      }
      case 'move': {
        const target = pick(children, m.to);
        if (child && target && child !== target) container.insertBefore(child, target);
        break;
      }
      case 'duplicate':
        if (child) container.insertBefore(child.cloneNode(true), child.nextSibling);
        break;
      case 'nest':
        if (child) {
          const wrapper = doc.createElement(m.tag);
          container.insertBefore(wrapper, child);
          wrapper.appendChild(child);
        }
        break;
      case 'inject': {
        const holder = doc.createElement('div');
        holder.innerHTML = BOILERPLATE[m.snippet] ?? '';
        for (const node of Array.from(holder.childNodes)) {
          injected.add(node);
          container.insertBefore(node, child ?? null);
        }
        break;
      }
      case 'attribute': {
        const el = pick(Array.from(container.querySelectorAll('*')), m.at);
        el?.setAttribute(m.name, m.value);
        break;
      }
      case 'odd-text': {
        const p = doc.createElement('p');
        p.textContent = ODD_TEXT[m.text] ?? '';
        container.insertBefore(p, child ?? null);
        break;
      }
    }
  }
  return injected;
}

function insideAny(node: Node, roots: ReadonlySet<Node>): boolean {
  for (let at: Node | null = node; at; at = at.parentNode) if (roots.has(at)) return true;
  return false;
}

/**
 * The test for one shard of the pages. The test DOM keeps every document it ever built, so ten thousand
 * cases in one process run out of memory: each shard file runs in a worker of its own.
 */
export async function nothingLost(shard: number, shards: number): Promise<void> {
  const mine = [...SHARED_PAGES.filter((_, i) => i % shards === shard), DEMO];
  const seeds: Seed[] = [];
  for (const file of mine) {
    const seed = await seedOf(file === DEMO ? 'demo' : file.slice(FIXTURES.length + 1), readFileSync(file));
    if (seed) seeds.push(seed);
  }
  // Each shard runs its part of the total, spread over the pages it has.
  const runsPerSeed = Math.ceil(TOTAL_RUNS / shards / Math.max(1, seeds.length));
  defineTests(seeds, runsPerSeed);
}

function defineTests(seeds: readonly Seed[], runsPerSeed: number): void {
  describe('nothing lost under mutation', () => {
    afterEach((ctx) => {
      if (process.env.PROPERTY_MEM)
        process.stderr.write(`MEM ${ctx.task.name} ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB\n`);
    });

    it('has pages to mutate (the demo page at least)', () => {
      expect(seeds.map((s) => s.name)).toContain('demo');
    });

    it.each(seeds.map((s) => [s.name, s] as const))(
      '%s',
      (_name, seed) => {
        // One document per page, its body refilled for each case: cloning whole documents leaks memory
        // in the test DOM over ten thousand cases.
        const doc = new DOMParser().parseFromString(seed.html, 'text/html');
        const bodyHtml = doc.body.innerHTML;
        fc.assert(
          fc.property(fc.array(mutation, { maxLength: 8 }), (mutations) => {
            doc.body.innerHTML = bodyHtml;
            const container = detect(doc).body;
            if (!container) return;
            // The article paragraphs as elements, before mutation.
            const tracked = buildBlocks(container)
              .filter((b) => seed.article.has(b.text) && b.node)
              .map((b) => ({ node: b.node as Element, text: b.text }));
            const injected = mutate(doc, container, mutations);
            // Paragraphs the mutation itself deleted are not the cleaner's to keep.
            const present = tracked.filter(({ node }) => doc.documentElement.contains(node));
            const before = doc.documentElement.outerHTML;
            const nodesBefore = Array.from(doc.body.querySelectorAll('*'));

            // 1. never throws (plan/apply, then the same stages the pipeline runs)
            const { page, body } = detect(doc);
            if (page.kind !== 'article' || !body) return;
            const steps = plan(body, BODY_RULES);
            const applied = apply(steps);
            const text = collapseSpace(formatText(buildBlocks(body), null)).replace(/\s+/g, '');

            // 3. nothing outside the plan is gone
            const problems: string[] = [];
            const taken = new Set(steps.map((s) => s.node));
            for (const node of nodesBefore) {
              if (!doc.documentElement.contains(node) && !insideAny(node, taken))
                problems.push(`${node.nodeName} removed by no rule`);
            }
            // 4. article paragraphs survive, unless mutation put them inside injected boilerplate
            for (const { node, text: t } of present) {
              if (insideAny(node, injected) || collapseSpace(textOf(node)) !== t) continue;
              const step = steps.find((s) => insideAny(node, new Set([s.node])));
              if (step?.rule === 'marked-region') continue; // moved between Sina's own markers
              if (step) problems.push(`article paragraph taken by ${step.rule}: ${t.slice(0, 30)}`);
              else if (!text.includes(t.replace(/\s+/g, '')))
                problems.push(`article paragraph lost: ${t.slice(0, 30)}`);
            }
            // 2. undo restores the identical HTML
            applied.undo();
            if (doc.documentElement.outerHTML !== before) problems.push('undo did not restore the HTML');
            // and the whole pipeline runs on the mutated page without throwing, and undoes too
            run(doc).applied?.undo();
            if (doc.documentElement.outerHTML !== before)
              problems.push('pipeline undo did not restore the HTML');
            // One assertion per case: thousands of expect() calls per case pile up in the runner.
            if (problems.length) throw new Error(`${seed.name}: ${problems.join('; ')}`);
          }),
          { numRuns: runsPerSeed },
        );
      },
      300_000,
    );
  });
}

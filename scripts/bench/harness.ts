// The in-page half of `npm run bench`, bundled by esbuild into one browser script. It puts three
// engines on `window.__bench` — ours (`run` and nothing else), Readability and defuddle — and the
// timing loops that the Node half calls through `page.evaluate`.
//
// Timing: `performance.now()` is coarsened (100 µs, or 5 µs where the page is cross-origin isolated),
// so each sample times a batch of calls on fresh clones and divides. Clones are made before the
// timer starts; engines are interleaved A B C A B C so that drift hits all of them alike.
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { buildBlocks } from '../../src/core/blocks';
import { apply, plan } from '../../src/core/clean';
import { detect } from '../../src/core/detect';
import { formatMarkdown, formatSummary, formatText } from '../../src/core/format';
import { parseDocument } from '../../src/core/parse/document';
import { run } from '../../src/core/pipeline';
import { BODY_RULES } from '../../src/core/rules';
import type { Block, Detection, OfficialDocument } from '../../src/core/types';

export type EngineName = 'ours' | 'readability' | 'defuddle';

/** Each engine takes a document (a clone) and returns a small summary of what it found. */
const ENGINES: Record<EngineName, (doc: Document, url: string | null) => unknown> = {
  ours: (doc, url) => run(doc, { url }),
  readability: (doc) => new Readability(doc).parse(),
  defuddle: (doc) => new Defuddle(doc).parse(),
};

/** What each engine found, so that a fast engine can be seen to have done the work. */
function summary(engine: EngineName, out: unknown): Record<string, unknown> {
  if (engine === 'ours') {
    const { result } = out as ReturnType<typeof run>;
    return {
      kind: result.page.kind,
      blocks: result.blocks.length,
      chars: result.text.length,
      document: result.document?.kind ?? null,
    };
  }
  if (engine === 'readability') {
    const article = out as { textContent?: string | null } | null;
    return { found: article !== null, chars: article?.textContent?.length ?? 0 };
  }
  const parsed = out as { content?: string; wordCount?: number };
  return { chars: parsed.content?.length ?? 0, words: parsed.wordCount ?? 0 };
}

export interface MeasureOptions {
  engines: EngineName[];
  url: string | null;
  /** Timed rounds after warm-up; each round times one batch of every engine. */
  rounds: number;
  warmup: number;
  /** A batch is sized so that it lasts at least this long (ms), within [1, maxBatch] calls. */
  batchMs: number;
  maxBatch: number;
  /** The document to clone; defaults to the page's own. */
  source?: Document;
}

export interface EngineMeasure {
  /** Per-call time of each timed batch (ms). */
  samples: number[];
  batch: number;
  error: string | null;
  found: Record<string, unknown> | null;
}

/** Enough calls to last `batchMs`, within [1, maxBatch]. */
const sizeBatch = (perCall: number, options: { batchMs: number; maxBatch: number }): number =>
  Math.min(options.maxBatch, Math.max(1, Math.ceil(options.batchMs / Math.max(perCall, 0.001))));

const clones = (source: Document, n: number): Document[] =>
  Array.from({ length: n }, () => source.cloneNode(true) as Document);

/** Chromium's `gc()` where it was started with --js-flags=--expose-gc. */
const collect = (globalThis as unknown as { gc?: () => void }).gc;

/**
 * Time `fn` over `inputs` in one timed loop; per-call ms. The garbage of whatever ran before (another
 * engine, the cloning) is collected first, outside the timed region, so that no engine pays for
 * another's heap.
 */
function timeBatch<T>(inputs: T[], fn: (input: T) => unknown): number {
  collect?.();
  const start = performance.now();
  for (const input of inputs) fn(input);
  return (performance.now() - start) / inputs.length;
}

function measure(options: MeasureOptions): Record<string, EngineMeasure> {
  const source = options.source ?? document;
  const out: Record<string, EngineMeasure> = {};
  const live = options.engines.filter((engine) => {
    const entry: EngineMeasure = { samples: [], batch: 1, error: null, found: null };
    out[engine] = entry;
    try {
      // The first call is a warm-up too: it compiles, reports what the engine found, and sizes the batch.
      const fn = ENGINES[engine];
      const [doc] = clones(source, 1) as [Document];
      const start = performance.now();
      entry.found = summary(engine, fn(doc, options.url));
      entry.batch = sizeBatch(performance.now() - start, options);
      return true;
    } catch (error) {
      entry.error = String((error as Error)?.stack ?? error).slice(0, 400);
      return false;
    }
  });
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    for (const engine of live) {
      const entry = out[engine] as EngineMeasure;
      if (entry.error) continue;
      const fn = ENGINES[engine];
      const docs = clones(source, entry.batch);
      try {
        const perCall = timeBatch(docs, (doc) => fn(doc, options.url));
        if (round >= options.warmup) entry.samples.push(perCall);
        // The first call was cold: size the batch again from the warm calls before timing begins.
        else entry.batch = sizeBatch(perCall, options);
      } catch (error) {
        entry.error = String((error as Error)?.stack ?? error).slice(0, 400);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Our stages, one at a time: each batch runs the earlier stages untimed on every clone, then times
// only the stage in question over the batch.

interface StageState {
  doc: Document;
  url: string | null;
  detection?: Detection;
  blocks?: Block[];
  document?: OfficialDocument | null;
}

const STAGES: [string, (s: StageState) => void][] = [
  [
    'detect',
    (s) => {
      s.detection = detect(s.doc, s.url);
    },
  ],
  [
    'clean',
    (s) => {
      const body = s.detection?.body;
      if (s.detection?.page.kind === 'article' && body) apply(plan(body, BODY_RULES));
    },
  ],
  [
    'blocks',
    (s) => {
      const body = s.detection?.body;
      s.blocks = s.detection?.page.kind === 'article' && body ? buildBlocks(body) : [];
    },
  ],
  [
    'parse',
    (s) => {
      s.document = s.blocks?.length ? parseDocument(s.blocks, s.detection?.page.title ?? null) : null;
    },
  ],
  [
    'format',
    (s) => {
      const page = s.detection?.page;
      if (!page || !s.blocks?.length) return;
      const doc = s.document ?? null;
      formatText(s.blocks, doc);
      formatMarkdown(page, s.blocks, doc);
      formatSummary(page, doc);
    },
  ],
];

export interface StageOptions {
  url: string | null;
  rounds: number;
  warmup: number;
  batch: number;
  source?: Document;
}

function stages(options: StageOptions): Record<string, number[]> {
  const source = options.source ?? document;
  const out: Record<string, number[]> = Object.fromEntries(STAGES.map(([name]) => [name, []]));
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    STAGES.forEach(([name, stage], index) => {
      const states = clones(source, options.batch).map((doc): StageState => ({ doc, url: options.url }));
      for (const state of states) for (const [, earlier] of STAGES.slice(0, index)) earlier(state);
      const perCall = timeBatch(states, stage);
      if (round >= options.warmup) out[name]?.push(perCall);
    });
  }
  return out;
}

/**
 * Inside clean: the cost of each rule's candidates (its selectors run over the body, its text test,
 * its comment markers), timed on the detected body of fresh clones.
 */
function rules(options: StageOptions): Record<string, number[]> {
  const source = options.source ?? document;
  const out: Record<string, number[]> = {};
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    for (const rule of BODY_RULES) {
      const bodies = clones(source, Math.min(options.batch, 10))
        .map((doc) => detect(doc, options.url).body)
        .filter((body): body is Element => body !== null);
      if (!bodies.length) return out;
      const perCall = timeBatch(bodies, (body) => plan(body, [rule]));
      if (round < options.warmup) continue;
      const samples = out[rule.name] ?? [];
      samples.push(perCall);
      out[rule.name] = samples;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scaling: the page with its body's paragraphs repeated `times` times.

/** A copy of the page whose article body holds its paragraphs `times` times over. */
function grown(times: number, url: string | null): { doc: Document; paragraphs: number; nodes: number } {
  const doc = document.cloneNode(true) as Document;
  const body = detect(doc, url).body ?? doc.querySelector('#artibody');
  if (!body) throw new Error('no article body to grow');
  const paragraphs = Array.from(body.children).filter((el) => el.tagName === 'P' && !el.className);
  const last = paragraphs.at(-1);
  if (!last) throw new Error('no paragraphs in the article body');
  let at: Element = last;
  for (let copy = 1; copy < times; copy++) {
    for (const paragraph of paragraphs) {
      const clone = paragraph.cloneNode(true) as Element;
      at.after(clone);
      at = clone;
    }
  }
  return { doc, paragraphs: paragraphs.length * times, nodes: body.getElementsByTagName('*').length };
}

function scaling(options: Omit<MeasureOptions, 'engines' | 'source'> & { sizes: number[] }) {
  const pages = options.sizes.map((times) => ({ times, ...grown(times, options.url) }));
  // Interleave the sizes as the engines are interleaved elsewhere: one batch of each per round.
  const measured = pages.map(({ times, doc, paragraphs, nodes }) => ({
    times,
    paragraphs,
    nodes,
    doc,
    batch: 1,
    samples: [] as number[],
    found: null as Record<string, unknown> | null,
  }));
  for (const entry of measured) {
    const [doc] = clones(entry.doc, 1) as [Document];
    const start = performance.now();
    entry.found = summary('ours', run(doc, { url: options.url }));
    entry.batch = sizeBatch(performance.now() - start, options);
  }
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    for (const entry of measured) {
      const docs = clones(entry.doc, entry.batch);
      const perCall = timeBatch(docs, (doc) => run(doc, { url: options.url }));
      if (round >= options.warmup) entry.samples.push(perCall);
      else entry.batch = sizeBatch(perCall, options);
    }
  }
  return measured.map(({ doc: _doc, ...rest }) => rest);
}

function environment() {
  return {
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    gcBetweenBatches: typeof collect === 'function',
    userAgent: navigator.userAgent,
    hardwareConcurrency: navigator.hardwareConcurrency,
    nodes: document.getElementsByTagName('*').length,
  };
}

const api = { engines: ENGINES, measure, stages, rules, scaling, environment };
export type BenchApi = typeof api;
(globalThis as unknown as { __bench: BenchApi }).__bench = api;

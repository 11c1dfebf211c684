// What the benchmark prints and writes: per-page lines, the ratios, the verdict lines, results.md.
import { type Bulk, bulkLine } from './bulk';
import type { EngineMeasure, EngineName } from './harness';
import { fmt, geomean } from './stats';

export interface Row {
  page: string;
  kb: number;
  engines: Record<string, EngineMeasure & { median: number | null }>;
  /** Our stages' medians (ms per call) as the pipeline reports them; null where no article was found. */
  stages: Record<string, number> | null;
}

export interface Ratio {
  geomean: number;
  pages: number;
  excluded: string[];
}

export interface Results {
  date: string;
  machine: { cpus: number; cpu: string | null; node: string };
  chromium: string;
  timing: object;
  engines: EngineName[];
  pages: Row[];
  ratios?: Record<'all' | 'articles', Record<string, Ratio>>;
  scaling?: { times: number; paragraphs: number; nodes: number; median: number }[];
  sizes?:
    | {
        eagerRaw: number;
        eagerGzip: number;
        lazyRaw: number;
        lazyGzip: number;
        laterRaw?: number;
        laterGzip?: number;
      }
    | { error: string };
  libraries?: Record<string, { raw: number; gzip: number }>;
  flicker?: { baseline?: string[]; extension?: string[]; ok: boolean } | { error: string };
  bulk?: Bulk | { error: string };
  seconds?: number;
  verdict?: string[];
}

const short = (id: string) => id.replace(/\.html$/, '');
const isArticle = (row: Row) => row.engines.ours?.found?.kind === 'article';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

/** One console line per page: its time in each engine and our stages. */
export function pageLines(rows: Row[], engines: EngineName[]): string[] {
  return rows.map((row) => {
    const times = engines.map((e) => fmt(row.engines[e]?.median).padStart(8)).join(' ');
    const stages = Object.entries(row.stages ?? {}).map(([s, ms]) => `${s} ${fmt(ms)}`);
    return `  ${short(row.page).slice(0, 60).padEnd(60)} ${times}  ${stages.join(' ') || (row.engines.ours?.found?.kind ?? row.engines.ours?.error)}`;
  });
}

/** Geometric mean of each other engine's time over ours, over the pages where both ran. */
export function ratios(rows: Row[]): Results['ratios'] {
  const of = (filter: (row: Row) => boolean) => {
    const out: Record<string, Ratio> = {};
    for (const engine of ['readability', 'defuddle']) {
      const ran = (row: Row) => (row.engines.ours?.median ?? 0) > 0 && (row.engines[engine]?.median ?? 0) > 0;
      const used = rows.filter((row) => filter(row) && ran(row));
      out[engine] = {
        geomean: geomean(
          used.map((row) => (row.engines[engine]?.median ?? 0) / (row.engines.ours?.median ?? 1)),
        ),
        pages: used.length,
        excluded: rows.filter((row) => filter(row) && !ran(row)).map((row) => row.page),
      };
    }
    return out;
  };
  return { all: of(() => true), articles: of(isArticle) };
}

/** The verdict: the ratios (or our own times without --compare), the page scripts' size, and bulk. */
export function verdict(r: Results): string[] {
  return [...speedVerdict(r), ...(r.bulk ? [bulkLine(r.bulk)] : [])];
}

function speedVerdict(r: Results): string[] {
  const s = r.sizes && 'eagerGzip' in r.sizes ? r.sizes : null;
  const scripts = s
    ? `page scripts ${(s.eagerGzip / 1024).toFixed(1)} KB gzipped`
    : 'page scripts ? (dist/chrome missing: run npm run build first)';
  const line = (set: Record<string, Ratio>) =>
    `${fmt(set.readability?.geomean, 1)}x faster than Readability, ${fmt(set.defuddle?.geomean, 1)}x faster than Defuddle (geometric mean, ${Math.min(set.readability?.pages ?? 0, set.defuddle?.pages ?? 0)} pages)`;
  if (r.ratios)
    return [
      `bench: ${line(r.ratios.all)}; ${scripts}`,
      `bench, article pages only: ${line(r.ratios.articles)}`,
    ];
  const own = (rows: Row[]) =>
    `${fmt(geomean(rows.map((row) => row.engines.ours?.median ?? Number.NaN)))} ms (${rows.length} pages)`;
  return [
    `bench: ours ${own(r.pages)} geometric mean per page, article pages ${own(r.pages.filter(isArticle))}; ${scripts} (npm run bench -- --compare for the ratios)`,
  ];
}

export function markdown(r: Results): string {
  const others = r.engines.slice(1);
  const lines = [
    `Headless Chromium ${r.chromium}, ${r.machine.cpus} × ${r.machine.cpu}, ${r.date.slice(0, 10)}. Median ms per call on a fresh clone of each page${others.length ? "; ratios are the engine's time over ours" : ''}. Stages as the pipeline reports them (markdown and summary are made on demand, not in a run).`,
    '',
    `| page | KB | ${r.engines.map((e) => `${e} (ms)`).join(' | ')} | ${others.map((e) => `${e} / ours`).join(' | ')}${others.length ? ' | ' : ''}detect | plan | apply | blocks | parse | format |`,
    `| --- | ---: | ${r.engines.map(() => '---:').join(' | ')} | ${others.map(() => '---:').join(' | ')}${others.length ? ' | ' : ''}---: | ---: | ---: | ---: | ---: | ---: |`,
  ];
  for (const row of r.pages) {
    const ours = row.engines.ours?.median ?? null;
    const ratio = (e: string) => {
      const m = row.engines[e]?.median;
      return m && ours ? `${fmt(m / ours, 1)}×` : 'threw';
    };
    const stages = ['detect', 'plan', 'apply', 'blocks', 'parse', 'format'].map((s) =>
      row.stages ? fmt(row.stages[s]) : '',
    );
    const cells = [
      short(row.page),
      row.kb.toFixed(0),
      ...r.engines.map((e) => fmt(row.engines[e]?.median)),
      ...others.map(ratio),
      ...stages,
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push('');
  if (r.ratios)
    for (const [label, set] of Object.entries(r.ratios))
      lines.push(
        `Geometric mean, ${label === 'all' ? 'all pages' : 'article pages'}: ${others.map((e) => `${e} / ours ${fmt(set[e]?.geomean, 1)}× (${set[e]?.pages} pages)`).join(', ')}.`,
        '',
      );
  if (r.sizes && 'eagerGzip' in r.sizes) {
    lines.push('| loaded into the page | raw | gzipped |', '| --- | ---: | ---: |');
    lines.push(`| Sina Clean, ordinary article page | ${kb(r.sizes.eagerRaw)} | ${kb(r.sizes.eagerGzip)} |`);
    lines.push(
      `| Sina Clean, panel and analysis (on demand) | ${kb(r.sizes.lazyRaw)} | ${kb(r.sizes.lazyGzip)} |`,
    );
    if (r.sizes.laterGzip !== undefined)
      lines.push(
        `| Sina Clean, copy formats, rule reasons, corrections, picker (further demand) | ${kb(r.sizes.laterRaw ?? 0)} | ${kb(r.sizes.laterGzip)} |`,
      );
    for (const [name, size] of Object.entries(r.libraries ?? {}))
      lines.push(`| ${name} (esbuild --minify) | ${kb(size.raw)} | ${kb(size.gzip)} |`);
    lines.push('');
  }
  if (r.scaling) {
    const [t1, t4, t16] = r.scaling.map((row) => row.median) as [number, number, number];
    // The part that grows with the body: (t16 − t4) / (t4 − t1) is 4 for linear growth, 16 for quadratic.
    lines.push(
      `Scaling (${short('composite/doc-guohan2021-112')}, body paragraphs repeated): ${r.scaling.map((row) => `${row.times}× ${fmt(row.median)} ms`).join(', ')}; growing part ×${fmt((t16 - t4) / (t4 - t1), 2)} for 4× the body (4 if linear).`,
      '',
    );
  }
  if (r.flicker)
    lines.push(
      'error' in r.flicker
        ? `Flicker check: not run (${r.flicker.error}).`
        : `Flicker check: ${r.flicker.ok ? 'no boilerplate displayed in any frame with the extension' : `FAILED (${r.flicker.extension?.join(', ')})`}; without it: ${r.flicker.baseline?.join(', ')}.`,
      '',
    );
  lines.push(...(r.verdict ?? []).map((line) => `\`${line}\``), '');
  return lines.join('\n');
}

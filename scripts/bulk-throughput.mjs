// Bulk extraction throughput: pages per second of ONE `extract --jsonl` process over a folder of saved
// pages — with a worker thread per core (`--jobs CORES`) and on one thread (`--jobs 1`; its default picks
// between them by the machine's load, see src/cli/jobs.ts) — against one
// `extract` process per page, run one after another (the way a shell loop runs the single-page command).
// Runs the three alternately for a few rounds and reports medians, so that a busy machine's drift hits
// all alike; also checks that all give the same output for every page. On Linux it also reports the CPU
// time each way takes per page (its children's, from /proc): on a machine that others share, wall time
// says how busy they were as much as how fast we are; CPU time much less so.
//   node scripts/bulk-throughput.mjs [FOLDER…] [--rounds N] [--json]
// Default folders: ../shared/fixtures/pages and ../shared/fixtures/composite.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const extract = join(root, 'scripts', 'extract.mjs');
const ACCESSED = '2026-11-30';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;
const json = args.includes('--json');
const folders = args.filter((arg, i) => !arg.startsWith('--') && i !== roundsAt + 1);
const shared = join(root, '..', 'shared', 'fixtures');
const dirs = folders.length
  ? folders.map((f) => resolve(f))
  : [join(shared, 'pages'), join(shared, 'composite')];

const pages = dirs
  .filter((dir) => existsSync(dir) && statSync(dir).isDirectory())
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => join(dir, f)),
  );
if (!pages.length) {
  console.error(`bulk-throughput: no .html pages in ${dirs.join(', ')}`);
  process.exit(2);
}

function node(argv) {
  const result = spawnSync(process.execPath, [extract, ...argv], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`extract ${argv.slice(0, 2).join(' ')}… exited ${result.status}: ${result.stderr}`);
  }
  return result.stdout;
}

/** CPU seconds used so far by the children this process waited for, or null off Linux. */
function childrenCpu() {
  if (!existsSync('/proc/self/stat')) return null;
  // The fields after the command's name (which may hold spaces) start with the 3rd, state; cutime and
  // cstime are the 16th and 17th, in clock ticks (USER_HZ, 100 on Linux).
  const fields = readFileSync('/proc/self/stat', 'utf8').split(')').at(-1).trim().split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Wall and children's CPU seconds that `work` takes, with what it returns. */
function timed(work) {
  const cpu = childrenCpu();
  const start = performance.now();
  const value = work();
  const seconds = (performance.now() - start) / 1000;
  return { seconds, cpu: cpu === null ? null : childrenCpu() - cpu, value };
}

/** One `--jsonl` process over every page with `--jobs N`; its output by file. */
function bulk(...extra) {
  const { value: out, ...time } = timed(() => node(['--jsonl', ...pages, '--accessed', ACCESSED, ...extra]));
  const byFile = new Map(
    out
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
      .map(({ file, ...rest }) => [file, rest]),
  );
  return { ...time, byFile };
}

/** One process per page, one after another; outputs by file. */
function perPage() {
  const { value: byFile, ...time } = timed(
    () => new Map(pages.map((page) => [page, JSON.parse(node([page, '--accessed', ACCESSED]))])),
  );
  return { ...time, byFile };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const bulkRates = [];
const oneThreadRates = [];
const singleRates = [];
/** CPU milliseconds per page, each way. */
const cpu = { perPageProcess: [], jsonl: [], jsonlOneThread: [] };
const msPerPage = (run) => (run.cpu === null ? null : (1000 * run.cpu) / pages.length);
let mismatches = [];
for (let round = 0; round < rounds; round++) {
  const a = perPage();
  const b = bulk('--jobs', String(availableParallelism()));
  const c = bulk('--jobs', '1');
  singleRates.push(pages.length / a.seconds);
  bulkRates.push(pages.length / b.seconds);
  oneThreadRates.push(pages.length / c.seconds);
  cpu.perPageProcess.push(msPerPage(a));
  cpu.jsonl.push(msPerPage(b));
  cpu.jsonlOneThread.push(msPerPage(c));
  const same = (p) => {
    const want = JSON.stringify(a.byFile.get(p));
    return JSON.stringify(b.byFile.get(p)) === want && JSON.stringify(c.byFile.get(p)) === want;
  };
  if (round === 0) mismatches = pages.filter((p) => !same(p));
  if (!json)
    console.error(
      `round ${round + 1}/${rounds}: per page ${a.seconds.toFixed(1)} s, --jsonl a worker per core ${b.seconds.toFixed(1)} s, --jsonl --jobs 1 ${c.seconds.toFixed(1)} s`,
    );
}

const result = {
  pages: pages.length,
  rounds,
  cores: availableParallelism(),
  loadAverage: loadavg()[0],
  perPageProcess: median(singleRates),
  jsonl: median(bulkRates),
  jsonlOneThread: median(oneThreadRates),
  ratio: median(bulkRates) / median(singleRates),
  ratioOneThread: median(oneThreadRates) / median(singleRates),
  cpuMsPerPage: cpu.perPageProcess.includes(null)
    ? null
    : Object.fromEntries(Object.entries(cpu).map(([way, ms]) => [way, median(ms)])),
  sameOutput: mismatches.length === 0,
  mismatches,
};
if (json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(
    `${result.pages} pages, median of ${rounds} rounds, ${result.cores} cores (load average ${result.loadAverage.toFixed(1)})`,
  );
  console.log(`  one process per page, one after another: ${result.perPageProcess.toFixed(2)} pages/s`);
  console.log(
    `  one --jsonl process, a worker per core:  ${result.jsonl.toFixed(2)} pages/s (${result.ratio.toFixed(1)}×)`,
  );
  console.log(
    `  one --jsonl process, --jobs 1:           ${result.jsonlOneThread.toFixed(2)} pages/s (${result.ratioOneThread.toFixed(1)}×)`,
  );
  const ms = result.cpuMsPerPage;
  if (ms) {
    const each = (way) => `${ms[way].toFixed(0)} ms (${(ms.perPageProcess / ms[way]).toFixed(1)}×)`;
    console.log(
      `  CPU per page: one process per page ${ms.perPageProcess.toFixed(0)} ms, a worker per core ${each('jsonl')}, --jobs 1 ${each('jsonlOneThread')}`,
    );
  }
  console.log(
    result.sameOutput ? '  same output for every page' : `  DIFFERENT output: ${mismatches.join(', ')}`,
  );
}
if (!result.sameOutput) process.exit(1);

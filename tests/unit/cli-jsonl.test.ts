// `extract --jsonl` and `--accessed`: in process (runJsonl, the worker pool) and as a process (lines,
// order, exit status, the same lines from one job or several).
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runJsonl } from '../../src/cli/jsonl';
import type { PageLine } from '../../src/cli/line';
import { pageLine } from '../../src/cli/page-line';
import { Pool } from '../../src/cli/pool';
import { readPage } from '../../src/cli/read';

const exec = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const script = join(root, 'scripts', 'extract.mjs');
const demo = join(root, 'tests', 'fixtures', 'finance-doc-demo.html');
const tmp = mkdtempSync(join(tmpdir(), 'sina-clean-jsonl-'));
const notHtml = join(tmp, 'notes.txt');
writeFileSync(notHtml, 'just some words');

interface Failure {
  code: number;
  stdout: string;
  stderr: string;
}
const runCli = (args: string[]) =>
  exec('node', [script, ...args]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: Failure) => e,
  );

describe('runJsonl', () => {
  it('writes one line per page in order, an error line for a page that cannot be read, and goes on', async () => {
    const lines: string[] = [];
    const seen: [number, number, string][] = [];
    const allRead = await runJsonl([demo, join(tmp, 'missing.html'), notHtml], {
      lineOf: (file) => pageLine(file, { accessed: '2026-11-30' }, readPage),
      write: async (line) => {
        lines.push(line);
      },
      progress: (done, total, file) => seen.push([done, total, file]),
    });
    expect(allRead).toBe(false);
    const objects = lines.map((line) => JSON.parse(line));
    expect(objects.map((o) => o.file)).toEqual([demo, join(tmp, 'missing.html'), notHtml]);
    expect(objects[0]).toMatchObject({ contract: 2, document: { number: { text: '示政办发〔2023〕7号' } } });
    expect(objects[1]).toEqual({
      file: join(tmp, 'missing.html'),
      error: `cannot read ${join(tmp, 'missing.html')}: no such file`,
    });
    expect(objects[2]).toMatchObject({ page: { kind: 'not-article' }, cite: null });
    expect(seen.map(([done, total]) => `${done}/${total}`)).toEqual(['1/3', '2/3', '3/3']);
  });

  it('puts an extraction error on one line', async () => {
    const lines: string[] = [];
    const allRead = await runJsonl(['x.html'], {
      lineOf: (file) =>
        pageLine(file, {}, () => {
          throw new Error('first line\nsecond line');
        }),
      write: async (line) => {
        lines.push(line);
      },
    });
    expect(allRead).toBe(false);
    expect(lines).toEqual([JSON.stringify({ file: 'x.html', error: 'first line second line' })]);
  });

  it('writes in argument order when pages finish out of order, asking at most `ahead` pages early', async () => {
    const finish = new Map<string, (line: PageLine) => void>();
    const asked: string[] = [];
    const lines: string[] = [];
    const files = ['a', 'b', 'c', 'd', 'e'];
    const run = runJsonl(
      files,
      {
        lineOf: (file) => {
          asked.push(file);
          return new Promise((done) => finish.set(file, done));
        },
        write: async (line) => {
          lines.push(line);
        },
      },
      3,
    );
    await Promise.resolve();
    expect(asked).toEqual(['a', 'b', 'c']);
    // The later pages finish first; nothing is written until the first one has.
    for (const file of ['c', 'b']) finish.get(file)?.({ line: file, read: true });
    await new Promise((wake) => setTimeout(wake, 0));
    expect(lines).toEqual([]);
    finish.get('a')?.({ line: 'a', read: true });
    await new Promise((wake) => setTimeout(wake, 0));
    expect(lines).toEqual(['a', 'b', 'c']);
    expect(asked).toEqual(files);
    finish.get('e')?.({ line: 'e', read: true });
    finish.get('d')?.({ line: 'd', read: false });
    expect(await run).toBe(false);
    expect(lines).toEqual(files);
  });
});

describe('Pool', () => {
  // A stand-in worker: echoes the file, and dies on the file named "die", as a page that exhausts a
  // worker's memory would.
  const script = join(tmp, 'echo-worker.mjs');
  writeFileSync(
    script,
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ file }) => {
  if (file === 'die') process.exit(3);
  parentPort.postMessage({ line: JSON.stringify({ file }), read: true });
});`,
  );

  it("gives each page its worker's line, and an error line where the worker died, then goes on", async () => {
    const pool = new Pool(new URL(`file://${script}`), 2, {});
    try {
      const lines = await Promise.all(['a', 'die', 'b', 'c', 'd'].map((file) => pool.lineOf(file)));
      expect(lines.map((l) => l.read)).toEqual([true, false, true, true, true]);
      expect(JSON.parse(lines[1]?.line ?? '')).toEqual({
        file: 'die',
        error: 'extraction failed: the worker stopped (exit 3)',
      });
      expect(lines.filter((l) => l.read).map((l) => JSON.parse(l.line).file)).toEqual(['a', 'b', 'c', 'd']);
    } finally {
      await pool.close();
    }
  });

  it('extracts on this thread too, beside its worker, and re-queues the pages behind a dead worker', async () => {
    const here: string[] = [];
    const local = async (file: string) => {
      here.push(file);
      return { line: JSON.stringify({ file, here: true }), read: true };
    };
    const pool = new Pool(new URL(`file://${script}`), 1, {}, local);
    try {
      const files = ['a', 'die', 'b', 'c', 'd', 'e', 'f', 'g'];
      const lines = await Promise.all(files.map((file) => pool.lineOf(file)));
      expect(lines.map((l) => JSON.parse(l.line).file)).toEqual(files);
      expect(lines.filter((l) => !l.read).map((l) => JSON.parse(l.line).file)).toEqual(['die']);
      // The worker held "a" and "die"; this thread took the next page while they ran.
      expect(here.length).toBeGreaterThan(0);
      expect(here).not.toContain('a');
      expect(lines.filter((l) => l.read && !JSON.parse(l.line).here).length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });
});

describe('npm run extract --jsonl', () => {
  it('exits 0 when every page was read, with nothing on stderr off a terminal', async () => {
    const { code, stdout, stderr } = await runCli(['--jsonl', demo, notHtml, '--accessed', '2026-11-30']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).file)).toEqual([demo, notHtml]);
  }, 30_000);

  it('exits 1 when a page could not be read, after the other pages', async () => {
    const { code, stdout } = await runCli(['--jsonl', join(tmp, 'missing.html'), demo]);
    expect(code).toBe(1);
    const [first, second] = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(first.error).toMatch(/no such file/);
    expect(second.page.kind).toBe('article');
  }, 30_000);

  it('gives the same lines from two worker threads as from the main thread alone', async () => {
    const pages = [demo, join(tmp, 'missing.html'), notHtml, demo];
    const one = await runCli(['--jsonl', '--jobs', '1', ...pages, '--accessed', '2026-11-30']);
    const two = await runCli(['--jsonl', '--jobs', '2', ...pages, '--accessed', '2026-11-30']);
    expect(two.code).toBe(1);
    expect(one.code).toBe(1);
    expect(two.stdout.trimEnd().split('\n')).toHaveLength(4);
    expect(two.stdout).toBe(one.stdout);
  }, 60_000);

  it('gives the same output twice with --accessed, and the access date in the citation', async () => {
    const a = await runCli([demo, '--accessed', '2026-11-30']);
    const b = await runCli([demo, '--accessed', '2026-11-30']);
    expect(a.stdout).toBe(b.stdout);
    const out = JSON.parse(a.stdout);
    expect(out.cite.csl.accessed).toEqual({ 'date-parts': [[2026, 11, 30]] });
    expect(out.cite.gbt7714).toContain('[2026-11-30]');
    expect(out.markdown).toContain('示政办发〔2023〕7号');
  }, 30_000);

  it('refuses a malformed access date with exit 2', async () => {
    const { code, stdout, stderr } = await runCli([demo, '--accessed', '2026-13-01']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^extract: --accessed needs a date/);
  }, 30_000);
});

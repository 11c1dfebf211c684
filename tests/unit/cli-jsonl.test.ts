// `extract --jsonl` and `--accessed`: in process (runJsonl) and as a process (lines, order, exit status).
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runJsonl } from '../../src/cli/jsonl';
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
    const allRead = await runJsonl(
      [demo, join(tmp, 'missing.html'), notHtml],
      { accessed: '2026-11-30' },
      {
        read: readPage,
        write: async (line) => {
          lines.push(line);
        },
        progress: (done, total, file) => seen.push([done, total, file]),
      },
    );
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
    const allRead = await runJsonl(
      ['x.html'],
      {},
      {
        read: () => {
          throw new Error('first line\nsecond line');
        },
        write: async (line) => {
          lines.push(line);
        },
      },
    );
    expect(allRead).toBe(false);
    expect(lines).toEqual([JSON.stringify({ file: 'x.html', error: 'first line second line' })]);
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

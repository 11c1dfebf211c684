// The extract command's argument table: what it accepts, and the one-line reasons it refuses; the
// number of jobs --jsonl takes by default.
import { describe, expect, it } from 'vitest';
import { parseArgs, USAGE, UsageError } from '../../src/cli/args';
import { defaultJobs, PAGES_PER_JOB } from '../../src/cli/jobs';
import { progressLine } from '../../src/cli/progress';

describe('parseArgs', () => {
  it('reads one page with its address and access date, in either spelling', () => {
    expect(parseArgs(['a.html', '--url', 'https://x/', '--accessed', '2026-11-30'])).toEqual({
      files: ['a.html'],
      url: 'https://x/',
      accessed: '2026-11-30',
      jsonl: false,
      explain: false,
      jobs: null,
    });
    expect(parseArgs(['--url=https://x/', '--accessed=2026-11-30', 'a.html'])).toMatchObject({
      url: 'https://x/',
      accessed: '2026-11-30',
    });
  });

  it('reads several pages with --jsonl, keeping their order', () => {
    expect(parseArgs(['--jsonl', 'b.html', 'a.html', 'c.html'])).toMatchObject({
      files: ['b.html', 'a.html', 'c.html'],
      jsonl: true,
    });
  });

  it('reads the number of jobs for --jsonl', () => {
    expect(parseArgs(['--jsonl', 'a.html', '--jobs', '3'])).toMatchObject({ jobs: 3 });
  });

  it.each([
    [[], 'no page given'],
    [['--jsonl', 'a.html', '--jobs', '0'], '--jobs needs a whole number from 1, not 0'],
    [['--jsonl', 'a.html', '--jobs=two'], '--jobs needs a whole number from 1, not two'],
    [['a.html', '--jobs', '2'], '--jobs goes with --jsonl'],
    [['a.html', 'b.html'], 'several pages need --jsonl'],
    [['--jsonl', 'a.html', 'b.html', '--url', 'https://x/'], '--url names the address of one page'],
    [['a.html', '--explode'], 'unknown option --explode'],
    [['a.html', '--url'], '--url needs URL'],
    [['a.html', '--jsonl=yes'], '--jsonl takes no value'],
    [['a.html', '--accessed', '30.11.2026'], '--accessed needs a date as YYYY-MM-DD, not 30.11.2026'],
    [['a.html', '--accessed', '2026-02-30'], '--accessed needs a date as YYYY-MM-DD, not 2026-02-30'],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(new UsageError(message));
  });

  it('lists every option in the usage', () => {
    for (const option of ['--url URL', '--accessed YYYY-MM-DD', '--jsonl', '--jobs N'])
      expect(USAGE).toContain(option);
  });
});

describe('progressLine', () => {
  it('redraws one line with a bar, the count and the file, cut to the terminal width', () => {
    const line = progressLine(15, 30, 'pages/a-long-file-name.html', 60);
    expect(line.startsWith(`\r[${'#'.repeat(15)}${'-'.repeat(15)}] 15/30 `)).toBe(true);
    expect(line.endsWith('\x1b[K')).toBe(true);
    expect(line.length - '\r'.length - '\x1b[K'.length).toBeLessThanOrEqual(59);
    expect(line).toContain('…');
    expect(progressLine(30, 30, 'x', 80)).toContain(`[${'#'.repeat(30)}] 30/30 x`);
  });
});

describe('defaultJobs', () => {
  const many = 10 * PAGES_PER_JOB;
  it('takes one job per idle core: all on an idle machine, one where the cores are busy', () => {
    expect(defaultJobs(2, 0.1, many)).toBe(2);
    expect(defaultJobs(8, 2.6, many)).toBe(5);
    expect(defaultJobs(2, 1.7, many)).toBe(1);
    expect(defaultJobs(2, 14, many)).toBe(1);
    expect(defaultJobs(1, 0, many)).toBe(1);
  });

  it('starts a thread past the first only for the pages that repay it', () => {
    expect(defaultJobs(8, 0, 32)).toBe(1);
    expect(defaultJobs(8, 0, 2 * PAGES_PER_JOB - 1)).toBe(1);
    expect(defaultJobs(8, 0, 2 * PAGES_PER_JOB)).toBe(2);
    expect(defaultJobs(8, 0, 0)).toBe(1);
  });
});

// The extract command on bad input, in process (extractPage) and as a process (exit codes).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/cli/extract-page';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const demo = join(root, 'tests', 'fixtures', 'finance-doc-demo.html');
const bytes = (s: string) => new TextEncoder().encode(s);

describe('extractPage', () => {
  it('reads the demo document page end to end', async () => {
    const out = await extractPage(readFileSync(demo), null);
    expect(out.contract).toBe(2);
    expect(out.url).toBe('https://finance.sina.com.cn/china/gncj/2023-10-09/doc-demo0001.shtml');
    expect(out.page).toEqual({
      kind: 'article',
      title: '示范市人民政府办公厅关于做好秋冬季节能工作的通知',
      publishedAt: '2023-10-09T16:05:12+08:00',
      source: '新浪财经',
    });
    expect(out.text).toContain('单位地区生产总值能耗比上年下降百分之三。');
    expect(out.text).not.toMatch(/12\.34|责任编辑|海量资讯|新浪声明|股吧|原标题/);
    expect(out.document?.number).toEqual({
      text: '示政办发〔2023〕7号',
      agency: '示政办发',
      year: 2023,
      serial: 7,
    });
    expect(out.document?.cites.map((c) => c.text)).toEqual(['示政发〔2022〕3号']);
    expect(out.document?.clauses.map((c) => [c.label, c.children.map((k) => k.label)])).toEqual([
      ['一、', ['（一）', '（二）']],
      ['二、', ['1．', '2．']],
      ['三、', []],
    ]);
    // the contract's clause shape has no internal fields
    expect(Object.keys(out.document?.clauses[0] ?? {})).toEqual(['label', 'heading', 'text', 'children']);
  });

  it('gives not-article for an empty file, a binary file and plain text', async () => {
    for (const input of [
      new Uint8Array(),
      new Uint8Array([0, 1, 2, 3, 0, 0, 255, 7]),
      bytes('just some words'),
    ]) {
      const out = await extractPage(input, null);
      expect(out.page.kind).toBe('not-article');
      expect(out.document).toBeNull();
      expect(out.text).toBe('');
    }
  });

  it('survives unclosed tags and a page with no body element', async () => {
    const unclosed = await extractPage(
      bytes(
        '<html><head><meta property="og:url" content="https://news.sina.com.cn/c/2024-01-01/doc-a.shtml"><h1 class="main-title">标题<div id="article"><p>第一段没有闭合的文字内容比较长一些，足够算作正文，再多写几句话，让它像一篇真正的报道<p>第二段<b>加粗',
      ),
      null,
    );
    expect(unclosed.page.kind).toBe('article');
    expect(unclosed.text).toContain('第二段加粗');
    const nobody = await extractPage(bytes('<html><head><title>空</title></head></html>'), null);
    expect(nobody.page.kind).toBe('not-article');
  });

  it('gives an article with no paragraphs as not-article, and a document with parts missing as nulls', async () => {
    const empty = await extractPage(
      bytes(
        '<html><body><h1 class="main-title">标题</h1><div id="artibody"><img src="a.jpg"></div></body></html>',
      ),
      'https://finance.sina.com.cn/a/doc-x.shtml',
    );
    expect(empty.page.kind).toBe('not-article');
    const partial = await extractPage(
      bytes(
        '<html><body><h1 class="main-title">国务院关于某事的通知</h1><div id="artibody"><p>各省、自治区、直辖市人民政府：</p><p>一、认真做好有关工作，各地区各部门要加强组织领导，确保各项措施落到实处。</p><p>国务院</p><p>2022年5月24日</p></div></body></html>',
      ),
      'https://finance.sina.com.cn/a/doc-x.shtml',
    );
    expect(partial.document).toMatchObject({ kind: '通知', number: null, note: null, date: '2022-05-24' });
  });

  it('reads a 10 MB page', async () => {
    const para = '<p>　　这是一段很长的正文内容，用来把页面撑大到十兆字节以上，以检验命令不会崩溃。</p>\n';
    const big = `<html><head><meta property="og:url" content="https://finance.sina.com.cn/a/doc-big.shtml"></head><body><h1 class="main-title">大页面</h1><div id="artibody">${para.repeat(Math.ceil(10_000_000 / para.length))}</div></body></html>`;
    const out = await extractPage(bytes(big), null);
    expect(out.page.kind).toBe('article');
    expect(out.text.length).toBeGreaterThan(2_000_000);
  }, 120_000);
});

describe('extractPage with explain', () => {
  it('names the step and block of each document field, and what each rule removed', async () => {
    const { explain, ...out } = await extractPage(readFileSync(demo), null, { explain: true });
    if (!explain) throw new Error('no explain object');
    expect(explain.form).toBe('issued');
    expect(explain.document.number).toEqual({
      step: 'findNumber',
      block: 2,
      text: '示政办发〔２０２３〕 ７号',
    });
    expect(explain.document.addressees).toMatchObject({ step: 'findAddressees', block: 3 });
    expect(explain.document.date).toEqual({ step: 'findClosing', block: 13, text: '2023年9月28日' });
    // Each removed node, read before it went: one entry per node, under its rule's name.
    expect(explain.removed).toContainEqual({ rule: 'editor-line', text: '责任编辑：张三 SF001' });
    expect(explain.removed.filter((r) => r.rule === 'stock-quote').map((r) => r.text)).toEqual([
      '12.34(+0.5%)',
    ]);
    const counts = new Map<string, number>();
    for (const r of explain.removed) counts.set(r.rule, (counts.get(r.rule) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(out.removed.map((r) => [r.rule, r.count])));
    // The contract's own fields are the same with or without it.
    expect(out).toEqual(await extractPage(readFileSync(demo), null));
  });

  it('says so where there is no document', async () => {
    const out = await extractPage(bytes('<html><head><title>空</title></head></html>'), null, {
      explain: true,
    });
    expect(out.explain).toEqual({ form: null, release: null, incomplete: null, document: {}, removed: [] });
  });
});

describe('npm run extract', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'sina-clean-cli-'));

  it('prints the contract JSON with --url and exits 0', async () => {
    const file = join(tmp, 'page.html');
    writeFileSync(file, readFileSync(demo));
    const { stdout } = await run('node', [
      join(root, 'scripts', 'extract.mjs'),
      file,
      '--url',
      'https://finance.sina.com.cn/x/doc-y.shtml',
    ]);
    const out = JSON.parse(stdout);
    expect(out.url).toBe('https://finance.sina.com.cn/x/doc-y.shtml');
    expect(out.document.kind).toBe('通知');
  }, 30_000);

  it('adds the explain object with --explain', async () => {
    const { stdout } = await run('node', [join(root, 'scripts', 'extract.mjs'), demo, '--explain']);
    const out = JSON.parse(stdout);
    expect(out.document.kind).toBe('通知');
    expect(out.explain.document.title).toMatchObject({ step: 'findTitle', block: 0 });
  }, 30_000);

  it('exits 2 with one line on stderr and nothing on stdout for a missing file or a directory', async () => {
    for (const target of [join(tmp, 'missing.html'), tmp]) {
      const error = await run('node', [join(root, 'scripts', 'extract.mjs'), target]).then(
        () => null,
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
      expect(error?.code).toBe(2);
      expect(error?.stdout).toBe('');
      expect(error?.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 30_000);
});

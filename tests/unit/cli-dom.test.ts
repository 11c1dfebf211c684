// The CLI's DOM: parse5 decides the tree (the HTML standard's tree building), linkedom makes the nodes.
// Node for node, the CLI's document must hold the tree parse5 decides (compared with parse5's own plain
// objects), for the parser's hard cases and every shared page; and for the cases where jsdom, the CLI's
// DOM before, builds a tree no browser builds, the CLI must build the browser's.
//
// What linkedom does not keep, and why that is safe: a class attribute is kept as its token set
// (repeated spaces and names collapsed), so classes are compared as tokens (the core reads classes only
// as names); MathML elements are made in the HTML namespace (only SVG has its own), so only SVG's
// namespace is compared (the core never reads MathML). The CLI's tokenizer takes plain runs of
// characters in one step where parse5's goes character by character: the cases after the hard ones
// are what ends a run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DefaultTreeAdapterMap, parse, html as parse5Html } from 'parse5';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/cli/decode';
import { parseHtml } from '../../src/cli/dom';
import { FIXTURES, HAVE_SHARED, SKIP_REASON, sharedPages } from '../helpers/shared';

type Parse5Node = DefaultTreeAdapterMap['node'];

const attribute = (name: string, value: string): string =>
  `${name}=${JSON.stringify(name === 'class' ? [...new Set(value.split(/\s+/).filter(Boolean))].join(' ') : value)}`;

const elementLine = (pad: string, svg: boolean, name: string, attrs: string[]): string =>
  `${pad}<${svg ? 'svg:' : ''}${name} ${attrs.sort().join(' ')}>`;

/** The CLI document as lines: one per node, indented by depth, template contents included. */
function domTree(root: Node): string[] {
  const lines: string[] = [];
  const walk = (node: Node, depth: number): void => {
    const pad = ' '.repeat(depth);
    if (node.nodeType === 1) {
      const element = node as Element;
      const attrs = [...element.attributes].map((a) => attribute(a.name, a.value));
      const svg = element.namespaceURI === parse5Html.NS.SVG;
      lines.push(elementLine(pad, svg, element.localName, attrs));
      if (element.localName === 'template')
        for (const child of (element as HTMLTemplateElement).content.childNodes) walk(child, depth + 2);
    } else if (node.nodeType === 3) lines.push(`${pad}#text ${JSON.stringify((node as Text).data)}`);
    else if (node.nodeType === 8) lines.push(`${pad}#comment ${JSON.stringify((node as Comment).data)}`);
    else if (node.nodeType === 10) lines.push(`${pad}#doctype ${(node as DocumentType).name}`);
    for (const child of node.childNodes) walk(child, depth + 1);
  };
  walk(root, 0);
  return lines;
}

/** The same lines from parse5's own tree. */
function parse5Tree(html: string): string[] {
  const lines: string[] = [];
  const walk = (node: Parse5Node, depth: number): void => {
    const pad = ' '.repeat(depth);
    if ('tagName' in node) {
      const attrs = node.attrs.map((a) => attribute(a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value));
      lines.push(elementLine(pad, node.namespaceURI === parse5Html.NS.SVG, node.tagName, attrs));
      if (node.tagName === 'template')
        for (const child of (node as DefaultTreeAdapterMap['template']).content.childNodes)
          walk(child, depth + 2);
    } else if (node.nodeName === '#text')
      lines.push(`${pad}#text ${JSON.stringify((node as DefaultTreeAdapterMap['textNode']).value)}`);
    else if (node.nodeName === '#comment')
      lines.push(`${pad}#comment ${JSON.stringify((node as DefaultTreeAdapterMap['commentNode']).data)}`);
    else if (node.nodeName === '#documentType')
      lines.push(`${pad}#doctype ${(node as DefaultTreeAdapterMap['documentType']).name}`);
    if ('childNodes' in node) for (const child of node.childNodes) walk(child, depth + 1);
  };
  walk(parse(html), 0);
  return lines;
}

const HARD_CASES: Record<string, string> = {
  'a table inside a paragraph, quirks mode': '<p>前文<table><tr><td>单元格</td></tr></table>后文',
  'a table inside a paragraph, standards mode':
    '<!DOCTYPE html><p>前文<table><tr><td>单元格</td></tr></table>后文',
  'text and elements fostered out of a table': '<table>表外<b>粗</b><tr><td>表内</td></tr>尾</table>',
  'implied end tags of p, li, dd': '<p>一<p>二<ul><li>甲<li>乙</ul><dl><dt>词<dd>义</dl>',
  'misnested formatting (the adoption agency)': '<p><b>粗<i>斜</b>体</i>完</p>',
  'a second body and html add only new attributes':
    '<body class="a"><p>x</p><body id="b" class="c"><html lang="zh">',
  'a template keeps its content apart': '<div><template><p>模板</p></template><p>正文</p></div>',
  'svg with foreign attributes, and mathml':
    '<svg viewBox="0 0 1 1"><use xlink:href="#a"/><foreignObject><p>x</p></foreignObject></svg><math><mi>x</mi></math>',
  'comments, a doctype and character references':
    '<!DOCTYPE html><!-- 注 --><p title="&lt;&amp;">&copy;&#x4e00;&nbsp;</p>',
  'script, style and noscript text is kept as text':
    '<script>if (a < b) document.write("</p>")</script><style>p>b{}</style><noscript><img src="a.gif"></noscript><p>x',
  'text split by comments and entities stays apart or joins as parsed': '<p>一<!--c-->二&amp;三</p>',
  'unclosed elements at the end': '<div><span>未闭合',
  // The tokenizer takes plain runs of characters in one step (src/cli/run-tokenizer.ts): what ends a run.
  'CR and CRLF in text, raw text, script, comments and attribute values':
    '<p>甲\r\n乙\r丙</p><script>x\r\ny\r</script><style>a\r\n{}</style><!--注\r\n释--><p title="一\r\n二" class=\'c\rd\'>',
  'NUL, surrogate pairs and lone surrogates in every run':
    '<p>a\u0000b😀c\uD800d</p><script>\u0000😀\uDC00</script><style>\u0000😀</style><!--\u0000😀\uD800--><p title="\u0000😀\uD800" lang=\'😀\u0000\'>',
  'whitespace and text around table parts (kept, or fostered out)':
    '<table> \n <tr> 表外 <td> 甲 乙 </td></tr>\n 尾 </table><p>\t后\f</p>',
  'the first newline of pre, textarea and listing is dropped once':
    '<pre>\n\n文</pre><textarea>\n文</textarea><listing>\n文</listing><pre>\n</pre><pre>文\n</pre>',
  'script data with escapes and end tags that do not end it':
    '<script><!-- if (a<b) document.write("<script>x</script>") --></script><script>a</scr ipt><//script></SCRIPT >b',
  'character references beside runs, in text and both quotes':
    '<a href="?a=1&b=2&amp;c" title=\'x&lt;y&\'>a&b &c&amp;d&#32;e</a>',
  'title and textarea text with references and leading newlines':
    '<title>\n 标题 &amp; x\n</title><textarea>\n\n 文 &lt;b&gt;</textarea><textarea> \n文</textarea>',
  'upper-case and odd tag and attribute names':
    '<DIV Class="a" DATA-X=1 a<b=2 c"d=3 e\'f=4 g/h=5><sPaN ID=\'s\'>x</SPAN></DiV><my-el:x a:b="c"></my-el:x>',
  'old scripts inside <!-- -->, with a script tag in a string':
    '<script><!--\nvar a = "<script>b</script>"; if (c-->d) e();\n--></script><script><!-- x <script> y --> z</script><p>after',
  'comments with dashes and odd ends': '<!-- a - b -- c --!><!----><!--->x<!-- <!-- 套 --><p>-</p>',
  'runs across the tokenizer buffer (64 KB)': `<style>${'a{b:c}\n'.repeat(12000)}</style><p>${'文 字\n'.repeat(20000)}&amp;</p>`,
};

describe('the CLI builds the tree parse5 decides', () => {
  for (const [name, html] of Object.entries(HARD_CASES)) {
    it(name, () => {
      expect(domTree(parseHtml(html))).toEqual(parse5Tree(html));
    });
  }
});

describe('where jsdom builds a tree no browser builds, the CLI builds the browser’s', () => {
  it('puts text fostered out of a table before the table', () => {
    const body = parseHtml('<table>表外<tr><td>表内</td></tr></table>').body;
    expect(body.firstChild?.textContent).toBe('表外');
    expect(body.lastElementChild?.localName).toBe('table');
  });

  it('keeps the first body’s attributes when a second body tag repeats them', () => {
    const body = parseHtml('<body class="a"><p>x</p><body id="b" class="c">').body;
    expect(body.getAttribute('class')).toBe('a');
    expect(body.id).toBe('b');
  });

  it('parses <noscript> as a browser with scripts on (the page the content script sees): text', () => {
    const noscript = parseHtml('<body><noscript><img src="a.gif"></noscript><p>正文</p>').querySelector(
      'noscript',
    );
    expect(noscript?.childNodes.length).toBe(1);
    expect(noscript?.textContent).toBe('<img src="a.gif">');
  });

  it('keeps class names readable as tokens for selectors', () => {
    const doc = parseHtml('<div class=" a  b\tc "><p class="x">y</p></div>');
    expect([...(doc.querySelector('div')?.classList ?? [])]).toEqual(['a', 'b', 'c']);
    expect(doc.querySelectorAll('.b .x').length).toBe(1);
  });
});

describe.skipIf(!HAVE_SHARED)('the CLI builds every shared page as parse5 decides it', () => {
  if (!HAVE_SHARED) console.warn(SKIP_REASON);
  for (const page of sharedPages()) {
    it(page, () => {
      const html = decode(readFileSync(join(FIXTURES, page)));
      expect(domTree(parseHtml(html))).toEqual(parse5Tree(html));
    });
  }
});

// Plain text and Markdown from the blocks (and the document, where there is one).
import { frontMatter } from './front-matter';
import type { Block, Clause, OfficialDocument, PageInfo, TableRows } from './types';

/**
 * The paragraphs of the cleaned body, with a title split over several blocks joined into one.
 * Returns each paragraph with the index of the block it starts at.
 */
function paragraphs(
  blocks: readonly Block[],
  doc: OfficialDocument | null,
): { text: string; block: number }[] {
  const out: { text: string; block: number }[] = [];
  const [first, last] = doc?.titleBlocks ?? [-1, -1];
  for (let i = 0; i < blocks.length; i++) {
    if (i === first && last > first) {
      out.push({
        text: blocks
          .slice(first, last + 1)
          .map((b) => b.text)
          .join(''),
        block: i,
      });
      i = last;
      continue;
    }
    out.push({ text: (blocks[i] as Block).text, block: i });
  }
  return out;
}

/** The contract's `text`: one paragraph per block, separated by a blank line. */
export function formatText(blocks: readonly Block[], doc: OfficialDocument | null): string {
  return paragraphs(blocks, doc)
    .map((p) => p.text)
    .join('\n\n');
}

/** Characters that Markdown would read as syntax inside running text. */
const MD_INLINE = /[\\`*_[\]<>|]/g;
/** Line starts that Markdown would read as a heading, quote, list or rule. */
const MD_LINE_START = /^(#{1,6}\s|>|[-+*]\s|={3,}|-{3,})/;
/** `1. ` at a line start would begin an ordered list: escape its dot (a backslash before a digit is literal). */
const MD_ORDERED = /^(\d+)([.)])(\s)/;

export function escapeMarkdown(text: string): string {
  const inline = text.replace(MD_INLINE, (c) => `\\${c}`).replace(MD_ORDERED, '$1\\$2$3');
  return MD_LINE_START.test(inline) ? `\\${inline}` : inline;
}

/** Clauses by the block where they start, with their depth (0 = top level). */
function clausesByBlock(
  clauses: readonly Clause[],
  depth = 0,
  into = new Map<number, { clause: Clause; depth: number }>(),
) {
  for (const clause of clauses) {
    if (!into.has(clause.block)) into.set(clause.block, { clause, depth });
    clausesByBlock(clause.children, depth + 1, into);
  }
  return into;
}

function metadataTable(doc: OfficialDocument): string[] {
  const rows: [string, string | null][] = [
    ['文种', doc.kind],
    ['发文机关', doc.issuers.join('、') || null],
    ['发文字号', doc.number?.text ?? null],
    ['成文日期', doc.date],
    ['主送机关', doc.addressees.join('，') || null],
    ['附注', doc.note],
  ];
  const present = rows.filter((row): row is [string, string] => row[1] !== null);
  if (!present.length) return [];
  return [
    '| 项目 | 内容 |',
    '| --- | --- |',
    ...present.map(([k, v]) => `| ${k} | ${escapeMarkdown(v)} |`),
    '',
  ];
}

/** A grid table with its first row as the header; rows padded to one width. */
function gridTable(rows: readonly string[][]): string[] {
  const width = Math.max(...rows.map((row) => row.length));
  const line = (row: readonly string[]) =>
    `| ${Array.from({ length: width }, (_, i) => escapeMarkdown(row[i] ?? '') || ' ').join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), `|${' --- |'.repeat(width)}`, ...body.map(line)];
}

/**
 * A table in Markdown. Merged cells (rowspan, colspan) cannot be drawn as a Markdown grid without
 * putting values under the wrong heading, so such a table falls back to one line per row.
 */
function markdownTable({ rows, merged }: TableRows): string[] {
  if (!merged) return gridTable(rows);
  return rows.map((row) => `- ${row.filter(Boolean).map(escapeMarkdown).join(' · ')}`);
}

/** An image's address, absolute, as Markdown can hold it; null for anything but http(s). */
function imageUrl(src: string, base: string | null): string | null {
  let url: URL;
  try {
    url = new URL(src, base ?? 'https://sina.com.cn/');
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return url.href.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A caption under its image, as the page shows them: the image, then the caption in italics. */
function captionLines(block: Block, base: string | null): string[] {
  const text = escapeMarkdown(block.text);
  const src = block.image && imageUrl(block.image, base);
  return src ? [`![${text}](${src})`, '', `*${text}*`] : [`*${text}*`];
}

/**
 * Markdown for notes and reports: YAML front matter, the title as a heading, the document's metadata
 * as a small table, clause openings with a short heading as headings (## at the top level, ### below),
 * other clause openings as bold lead-ins, tables as tables, images with their captions.
 */
export function formatMarkdown(
  page: PageInfo,
  blocks: readonly Block[],
  doc: OfficialDocument | null,
): string {
  const title = doc?.title ?? page.title;
  const lines: string[] = [...frontMatter(page, doc), ''];
  if (title) lines.push(`# ${escapeMarkdown(title)}`, '');
  if (doc) lines.push(...metadataTable(doc));
  const starts = doc ? clausesByBlock(doc.clauses) : new Map();
  const [titleFirst, titleLast] = doc?.titleBlocks ?? [-1, -1];
  for (const { text, block } of paragraphs(blocks, doc)) {
    if (block === titleFirst && title && text === title) continue;
    if (block > titleFirst && block <= titleLast) continue;
    const source = blocks[block] as Block;
    if (source.table) {
      lines.push(...markdownTable(source.table), '');
      continue;
    }
    if (source.caption) {
      lines.push(...captionLines(source, page.url), '');
      continue;
    }
    const start = starts.get(block);
    const lead = start ? `${start.clause.label}${start.clause.heading ?? ''}` : '';
    if (start && lead && text.startsWith(lead)) {
      const rest = text.slice(lead.length).replace(/^[。：:\s]+/, '');
      if (start.clause.heading) {
        lines.push(`${'#'.repeat(Math.min(start.depth + 2, 6))} ${escapeMarkdown(lead)}`, '');
        if (rest) lines.push(escapeMarkdown(rest), '');
      } else {
        lines.push(`**${escapeMarkdown(lead)}**${rest ? ` ${escapeMarkdown(rest)}` : ''}`, '');
      }
      continue;
    }
    lines.push(escapeMarkdown(text), '');
  }
  return `${lines.join('\n').trim()}\n`;
}

/**
 * The document summary for the clipboard: the metadata lines in the words of the government's policy
 * pages, then the outline's top-level labels and headings. For an ordinary article: title, source, date.
 */
export function formatSummary(page: PageInfo, doc: OfficialDocument | null): string {
  const lines: string[] = [];
  const title = doc?.title ?? page.title;
  if (title) lines.push(`标题：${title}`);
  if (!doc) {
    if (page.source) lines.push(`来源：${page.source}`);
    if (page.publishedAt) lines.push(`发布时间：${page.publishedAt}`);
  } else {
    if (doc.kind) lines.push(`文种：${doc.kind}`);
    if (doc.issuers.length) lines.push(`发文机关：${doc.issuers.join('、')}`);
    if (doc.number) lines.push(`发文字号：${doc.number.text}`);
    if (doc.date) lines.push(`成文日期：${doc.date}`);
    if (doc.addressees.length) lines.push(`主送机关：${doc.addressees.join('，')}`);
    if (doc.note) lines.push(`附注：${doc.note}`);
    if (doc.attachments.length) lines.push(`附件：${doc.attachments.join('；')}`);
    if (doc.cites.length) lines.push(`引用文件：${doc.cites.map((c) => c.text).join('、')}`);
    if (doc.clauses.length) {
      lines.push('提纲：');
      for (const clause of doc.clauses)
        lines.push(`  ${clause.label}${clause.heading ?? clause.text.slice(0, 30)}`);
    }
  }
  if (page.url) lines.push(`链接：${page.url}`);
  return lines.join('\n');
}

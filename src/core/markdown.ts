// Markdown from the blocks (and the document, where there is one), for notes and reports. Only a
// copy in Markdown or the extract command asks for it, so the extension loads it with the other copy
// formats, not with the analysis.
import { paragraphs } from './format';
import { frontMatter } from './front-matter';
import { type Profile, timed } from './profile';
import type { Block, Clause, OfficialDocument, PageInfo, Result, TableRows } from './types';

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
 * The analysis given its Markdown, made the first time it is read (most runs never ask for it). A
 * getter added in place, not a spread: a spread would read the analysis's own lazy summary.
 */
export function withMarkdown(analysis: Omit<Result, 'markdown'>, profile?: Profile): Result {
  let markdown: string | undefined;
  return Object.defineProperty(analysis, 'markdown', {
    enumerable: true,
    get() {
      markdown ??= timed(profile, 'format', () =>
        formatMarkdown(analysis.page, analysis.blocks, analysis.document),
      );
      return markdown;
    },
  }) as Result;
}

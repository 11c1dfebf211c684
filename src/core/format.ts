// Plain text and the summary from the blocks (and the document, where there is one): what the
// pipeline's output carries and a copy makes. Markdown, made only when it is copied or printed, is
// markdown.ts. The extension loads this with the copy formats: showing the panel needs neither.
import { type Profile, timed } from './profile';
import type { Analysis, Block, OfficialDocument, PageInfo, Result } from './types';

/**
 * The paragraphs of the cleaned body, with a title split over several blocks joined into one.
 * Returns each paragraph with the index of the block it starts at.
 */
export function paragraphs(
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

/**
 * The analysis given its text (made now: every output carries it) and its summary (made the first
 * time it is read, as a copy in that format or the JSON does: most runs never ask for it). Getters
 * added in place, not a spread: a spread would read the lazy summary.
 */
export function withText(analysis: Analysis, profile?: Profile): Omit<Result, 'markdown'> {
  const text = timed(profile, 'format', () => formatText(analysis.blocks, analysis.document));
  let summary: string | undefined;
  return Object.defineProperties(analysis as Omit<Result, 'markdown'>, {
    text: { value: text, enumerable: true },
    summary: {
      enumerable: true,
      get: () => {
        summary ??= timed(profile, 'format', () => formatSummary(analysis.page, analysis.document));
        return summary;
      },
    },
  });
}

// ONE walk over the cleaned body: the ordered text blocks that parse and format read.
import { TableCollector } from './tables';
import { blockText } from './text';
import type { Align, Block } from './types';

/** Elements that start a new block. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Elements whose content is never text the reader sees. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
]);

/** `原标题：` opens a paragraph that republishes the original headline. */
const ORIGINAL_TITLE = /^原标题\s*[:：]\s*/;

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const ALIGN_STYLE = /text-align\s*:\s*(left|center|right|start|end|justify)/i;

/** Sina's image captions (`span.img_descr` under the image) and the standard figure caption. */
const CAPTION_CLASS = /(?:^|\s)img_descr(?:\s|$)/;

function isCaption(el: Element, tag: string, attributes: boolean): boolean {
  return tag === 'FIGCAPTION' || (attributes && CAPTION_CLASS.test(el.getAttribute('class') ?? ''));
}

/** `style`: `el`'s style attribute, read once for the tests here. */
function isHidden(el: Element, style: string): boolean {
  return el.hasAttribute('hidden') || HIDDEN_STYLE.test(style);
}

/** `attributes`: whether `el` has any (most elements of a body have none, and need no reads). */
function ownAlign(el: Element, attributes = true, style = el.getAttribute('style') ?? ''): Align {
  const styled = attributes ? ALIGN_STYLE.exec(style)?.[1] : undefined;
  const value = attributes ? (styled ?? el.getAttribute('align') ?? '').toLowerCase() : '';
  if (el.tagName === 'CENTER' || value === 'center') return 'center';
  if (value === 'right' || value === 'end') return 'right';
  if (value === 'left' || value === 'start' || value === 'justify') return 'left';
  return null;
}

/**
 * Build the blocks of `root`: every run of text between block boundaries (and <br>s) becomes one
 * block, with the nearest block element as its node and the nearest declared alignment as a hint.
 */
export function buildBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  const tables = new TableCollector(blocks);
  let buffer = '';
  let owner: Element = root;
  // The nearest declared alignment of the open elements; a table starts afresh (quirks-mode tables do not
  // inherit text-align, and GBK-era pages wrap whole bodies in <center>).
  let align: Align = ownAlign(root);
  // How many caption elements are open; whether the buffer holds caption text; the last image's src.
  let captionDepth = 0;
  let captionText = false;
  let image: string | undefined;

  const flush = () => {
    // Half the flushes hold white space alone (the newlines between tags): empty without the patterns.
    const raw = buffer.trim() && blockText(buffer);
    const caption = captionText;
    buffer = '';
    captionText = false;
    if (!raw) return;
    const originalTitle = ORIGINAL_TITLE.test(raw);
    const text = originalTitle ? raw.replace(ORIGINAL_TITLE, '') : raw;
    if (!text) return;
    const block: Block = { text, align, node: owner };
    if (originalTitle) block.originalTitle = true;
    if (caption) {
      block.caption = true;
      if (image) block.image = image;
    }
    image = undefined;
    tables.push(block);
  };

  // An explicit stack instead of recursion: a page's script can nest deeper than the call stack.
  interface Frame {
    next: Node | null;
    /** a block element: leaving it ends its block and restores the outer owner and alignments */
    block: boolean;
    outerOwner: Element;
    outerAlign: Align;
    /** TABLE, TD or TH (the table collector's bookkeeping on leaving), or a caption element */
    tag?: string;
    caption?: boolean;
  }
  const stack: Frame[] = [{ next: root.firstChild, block: false, outerOwner: owner, outerAlign: align }];
  while (stack.length) {
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.next;
    if (!child) {
      stack.pop();
      if (frame.block) {
        flush();
        align = frame.outerAlign;
        owner = frame.outerOwner;
      }
      if (frame.caption) captionDepth--;
      if (frame.tag === 'TABLE') tables.exitTable();
      else if (frame.tag === 'TD' || frame.tag === 'TH') tables.exitCell();
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === 3) {
      buffer += child.nodeValue ?? '';
      if (captionDepth) captionText = true;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const tag = element.tagName.toUpperCase();
    const attributes = element.hasAttributes();
    const style = attributes ? (element.getAttribute('style') ?? '') : '';
    if (SKIP_TAGS.has(tag) || (attributes && isHidden(element, style))) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    if (tag === 'IMG') {
      image ??= element.getAttribute('src') ?? undefined;
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    const next: Frame = { next: element.firstChild, block, outerOwner: owner, outerAlign: align };
    stack.push(next);
    if (block) {
      flush();
      owner = element;
      const own = ownAlign(element, attributes, style);
      align = tag === 'TABLE' ? own : (own ?? align);
    }
    if (isCaption(element, tag, attributes)) {
      next.caption = true;
      captionDepth++;
    }
    if (tag === 'TABLE') tables.enterTable(element);
    else if (tag === 'TR') tables.enterRow();
    else if (tag === 'TD' || tag === 'TH') tables.enterCell(element);
    if (tag === 'TABLE' || tag === 'TD' || tag === 'TH') next.tag = tag;
  }
  flush();
  return blocks;
}

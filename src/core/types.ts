// The shapes that walk through the pipeline: detect → clean → blocks → parse → format.
// This file imports nothing; every other core module imports from here.

/** What kind of Sina page this is. Only articles are cleaned and parsed. */
export type PageKind = 'article' | 'not-article';

/** Page metadata, as the contract's `page` object plus the URL. */
export interface PageInfo {
  kind: PageKind;
  /** The headline as the page shows it, without the `_新浪财经_新浪网` suffix. */
  title: string | null;
  /** ISO 8601 with +08:00, or null. */
  publishedAt: string | null;
  /** The outlet the page names as its source (来源). */
  source: string | null;
  url: string | null;
  /** The address a citation gives, where it is not `url`: the desktop address a mobile page names for itself. */
  citeUrl?: string;
}

/** The document view as the reader set it (这是公文 / 这不是公文): forced on, forced off, or as parsed. */
export type DocumentView = 'on' | 'off' | 'auto';

/** What detect returns: the metadata and, for an article, the element that holds the body. */
export interface Detection {
  page: PageInfo;
  body: Element | null;
}

/** Horizontal alignment hint of a block (centred numbers, right-aligned dates). */
export type Align = 'left' | 'center' | 'right' | null;

/** One paragraph of the cleaned body, in reading order: the unit that parse and format read. */
export interface Block {
  /** Text with runs of white space collapsed and U+3000 indent stripped from the start; never empty. */
  text: string;
  align: Align;
  /** The element the text came from (a <p>, <div>, <td> …); absent for blocks built from plain strings. */
  node?: Element;
  /** The paragraph began with `原标题：` (dropped from `text`): the document's title follows or starts here. */
  originalTitle?: boolean;
  /** A table of text: its rows of cell texts; `text` then holds the rows as lines of tab-separated cells. */
  table?: TableRows;
  /** The text is an image's caption (`span.img_descr`, `figcaption`). */
  caption?: boolean;
  /** The `src` of the image a caption belongs to, as the page wrote it. */
  image?: string;
}

export interface TableRows {
  rows: string[][];
  /** Some cell spans rows or columns: the rows no longer line up as a grid. */
  merged: boolean;
}

/** What a cleaning rule does to each node it matches. */
export type RuleAction =
  /** take the node out of the document */
  | 'remove'
  /** replace the node by a text node holding its text (stock widgets: the word becomes whole again) */
  | 'unwrap'
  /** open a fold: lift an inline height cap off the node, or take the node out where it has none (the mask) */
  | 'unfold';

/**
 * One named cleaning rule. A rule matches by CSS selectors, by the text of a whole paragraph, or by a
 * pair of HTML comment markers (everything between two equal markers goes). `scope` says where it
 * applies: inside the article body (done by the DOM cleaner) or around it (hidden by the stylesheet).
 */
export interface Rule {
  /** Stable name; reported in `removed` and listed in the options page. */
  name: string;
  /** One line: why this is boilerplate (English). */
  reason: string;
  /** The same reason in Chinese, for the Chinese UI. */
  reasonZh: string;
  /** Short Chinese label for the UI. */
  label: string;
  scope: 'body' | 'page';
  action: RuleAction;
  selectors?: readonly string[];
  /** Matches the collapsed text of a paragraph-like element (p, div, section) that has no other block inside. */
  text?: RegExp;
  /** Which elements `text` is tested on, where not paragraphs (e.g. `style`). */
  textIn?: string;
  /** Only for `text` rules: elements with more text than this are never matched (article text is safe). */
  maxLength?: number;
  /** Comment marker text (trimmed) that opens and closes a region to remove. */
  comment?: string;
  /** The evidence for the rule, checked row by row by tests/unit/rules-table.test.ts. */
  examples: RuleExamples;
}

/** What a rule takes and leaves, as Sina prints it: the rule's evidence and its test cases. */
export interface RuleExamples {
  /** HTML snippets the rule takes: each, inside an article body (or a page), is exactly one step of it. */
  removes: readonly string[];
  /** Near misses, as an article could print them: no rule takes them, the stylesheet hides none of them. */
  keeps?: readonly string[];
  /** Shared pages the rule fires on, as paths under ../shared/fixtures. */
  seenIn?: readonly string[];
  /** Public evidence for markup no shared page holds: a filter list's or a userscript's line (repo: path). */
  evidence?: readonly string[];
}

/** What cleaning needs of a rule: everything but the words for people (label, reasons) and the examples. */
export type Matcher = Omit<Rule, 'label' | 'reason' | 'reasonZh' | 'examples'>;

/**
 * A block the reader chose to hide on one site (隐藏此块): kept in the settings, applied as a page
 * rule named `user:` + its selector, with the same plan, apply and exact undo as the built-in rules.
 */
export interface UserRule {
  /** The host name it was chosen on (finance.sina.com.cn). */
  site: string;
  selector: string;
  on: boolean;
}

/** One planned change: a rule, a node, what to do. */
export interface Step {
  rule: string;
  action: RuleAction;
  node: Node;
}

/** How many nodes one rule took. */
export interface Removal {
  rule: string;
  count: number;
}

/** A cleaning that has been applied and can be undone exactly. */
export interface Applied {
  removed: Removal[];
  /** Puts every node back where it was; afterwards the document's HTML is identical to before. */
  undo(): void;
}

/** 发文字号, normalised. */
export interface DocNumber {
  text: string;
  agency: string | null;
  year: number | null;
  serial: number | null;
}

/** One numbered part of the document's outline. */
export interface Clause {
  /** As printed: `一、`, `（一）`, `1．`, `（1）`, `第一章`, `第一条` … */
  label: string;
  /** The short heading that opens it (`总体要求`), or null. */
  heading: string | null;
  /** Its own paragraph text, without children. */
  text: string;
  children: Clause[];
  /** Index in the block list of the paragraph where it starts (to scroll to it). */
  block: number;
}

/** The fifteen kinds of 《党政机关公文处理工作条例》 Article 8, in the Article's order: the one list. */
export const DOC_KINDS = [
  '决议',
  '决定',
  '命令',
  '公报',
  '公告',
  '通告',
  '意见',
  '通知',
  '通报',
  '报告',
  '请示',
  '批复',
  '议案',
  '函',
  '纪要',
] as const;

export type DocKind = (typeof DOC_KINDS)[number];

/**
 * How the page carries the document: printed as issued; in full inside a news release (`…印发了《…》…
 * 全文如下`); or as an order (令) with the regulation it promulgates.
 */
export type DocForm = 'issued' | 'release' | 'order';

/** The news release a document arrived in: who it says issued the document, and its dateline. */
export interface Release {
  /** `新华社北京5月6日电`, or null where the page has no dateline. */
  dateline: string | null;
  /** The bodies the release sentence names (`中共中央办公厅、国务院办公厅印发了…`), in order. */
  issuers: string[];
}

/** The document fields whose origin the parser records (for `extract --explain`). */
export type DocField =
  | 'kind'
  | 'title'
  | 'issuers'
  | 'number'
  | 'addressees'
  | 'date'
  | 'note'
  | 'attachments'
  | 'incomplete';

/** Where a field's value came from: the step that chose it and the block it stands in (null: no block). */
export interface Provenance {
  step: string;
  block: number | null;
}

export interface OfficialDocument {
  kind: DocKind | null;
  title: string | null;
  issuers: string[];
  number: DocNumber | null;
  addressees: string[];
  /** YYYY-MM-DD */
  date: string | null;
  clauses: Clause[];
  attachments: string[];
  note: string | null;
  cites: DocNumber[];
  form: DocForm;
  /** The release the document arrived in (form `release`), else null. */
  release: Release | null;
  /**
   * The republisher's remark that the text is not complete (`未完待续`, `本文有删减`), else null: the
   * panel tells the reader so.
   */
  incomplete: string | null;
  /** Which step chose each field, and from which block (cheap to record; the CLI's --explain shows it). */
  provenance: Partial<Record<DocField, Provenance>>;
  /** Block indexes [first, last] of the title where it stands in the body ([i, i] for one block); null when it does not. */
  titleBlocks: [number, number] | null;
}

/** What the analysis of a cleaned body finds: everything but its formats (text, summary, Markdown). */
export interface Analysis {
  page: PageInfo;
  removed: Removal[];
  blocks: Block[];
  document: OfficialDocument | null;
}

/** Everything the pipeline found on one page. */
export interface Result extends Analysis {
  text: string;
  /** The document summary (or title, source and date of an ordinary article) as plain text. */
  summary: string;
  markdown: string;
}

// 复制诊断信息: the plain text a reader pastes into a report so that a maintainer can turn what still
// shows into a rule. Built from data the content script gathers (src/content/diagnostics.ts), and
// private by construction: the address loses its query string and fragment here, whatever it is given,
// and the page contributes only names of its markup (tags, ids, classes), never its text.
import type { DocumentView, Removal } from './types';

export interface DiagnosticsData {
  /** The page's address; its query string and fragment are dropped here. */
  url: string;
  extensionVersion: string;
  /** The browser's user-agent string: only its name and version are kept. */
  userAgent: string;
  /** How the detector took the page. */
  detection: 'article' | 'fallback' | 'clean-anyway' | 'not-article';
  /** The reader's 这是公文 / 这不是公文 for this address. */
  documentView: DocumentView;
  /** Which rules fired, and on how many nodes. */
  removed: readonly Removal[];
  /** Built-in rules the reader switched off. */
  rulesOff: readonly string[];
  /** The reader's own rules in force, as `site selector`. */
  userRules: readonly string[];
  /** The body container, as a selector-like description; null where there is none. */
  container: string | null;
  /** Descriptions of the elements with an id or class still showing between the title and the end of the body, in order. */
  leftovers: readonly string[];
}

/** Node.DOCUMENT_POSITION_FOLLOWING, as a number: not every DOM the core runs on has a global Node. */
const FOLLOWING = 4;

/** More distinct leftovers than this are cut: a report is read by a person. */
const MAX_LEFTOVERS = 80;

const DETECTION: Record<DiagnosticsData['detection'], string> = {
  article: 'article (known layout)',
  fallback: 'article (fallback body finder)',
  'clean-anyway': 'not an article; cleaned anyway (仍然净化)',
  'not-article': 'not an article',
};

const VIEW: Record<DocumentView, string> = {
  auto: 'as detected',
  on: 'forced on (这是公文)',
  off: 'forced off (这不是公文)',
};

export function diagnosticsText(data: DiagnosticsData): string {
  const url = safeAddress(data.url);
  const lines = [
    '新浪财经净读 诊断信息 / Sina Clean diagnostics',
    `address: ${url ?? '(not a web address)'}`,
    `page family: ${url ? pageFamily(new URL(url).hostname) : 'unknown'}`,
    `detected: ${DETECTION[data.detection]}`,
    `document view: ${VIEW[data.documentView]}`,
    `extension: ${data.extensionVersion}`,
    `browser: ${browserName(data.userAgent)}`,
    `rules fired: ${data.removed.map(({ rule, count }) => `${rule} ×${count}`).join(', ') || 'none'}`,
    `rules switched off: ${data.rulesOff.join(', ') || 'none'}`,
    `user rules: ${data.userRules.join(' | ') || 'none'}`,
    `body container: ${data.container ?? 'none found'}`,
    'left between the title and the end of the body (id and class, ×count):',
    ...counted(data.leftovers).map((line) => `  ${line}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The address without query string, fragment or credentials; null where it is not http(s). */
function safeAddress(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return null;
  }
}

/** The page family, as README's table of pages names them, from the host. */
export function pageFamily(host: string): string {
  if (/^k\.sina\.(?:com\.)?cn$/.test(host)) return `新浪看点 (${host})`;
  if (/^(?:t\.)?cj\.sina\.com\.cn$/.test(host)) return `财经头条 (${host})`;
  if (/(?:^|\.)sina\.cn$/.test(host)) return `mobile (${host})`;
  if (/(?:^|\.)sina\.com\.cn$/.test(host)) return `PC (${host})`;
  return `not Sina (${host})`;
}

/** The browser's name and major version from its user-agent string (Edge and Opera say Chrome too). */
export function browserName(userAgent: string): string {
  const known: [string, RegExp][] = [
    ['Firefox', /Firefox\/(\d+)/],
    ['Edge', /Edg(?:e|A|iOS)?\/(\d+)/],
    ['Opera', /OPR\/(\d+)/],
    ['Chrome', /(?:Chrome|Chromium|CriOS)\/(\d+)/],
    ['Safari', /Version\/(\d+).*Safari/],
  ];
  for (const [name, pattern] of known) {
    const version = pattern.exec(userAgent)?.[1];
    if (version) return `${name} ${version}${/Mobile|Android/.test(userAgent) ? ' (mobile)' : ''}`;
  }
  return 'unknown';
}

/** Runs of the same description are one line with their count, in order of first appearance. */
function counted(descriptions: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const each of descriptions) counts.set(each, (counts.get(each) ?? 0) + 1);
  const lines = Array.from(counts, ([each, count]) => (count > 1 ? `${each} ×${count}` : each));
  if (lines.length === 0) return ['(none)'];
  return lines.length > MAX_LEFTOVERS
    ? [...lines.slice(0, MAX_LEFTOVERS), `… and ${lines.length - MAX_LEFTOVERS} more`]
    : lines;
}

/**
 * An element as a selector-like description from its tag, id and classes only (never its text):
 * `div#artibody.article`. Names that are not plain identifiers are left out, so a class cannot
 * smuggle page text into the report.
 */
export function describeElement(el: Element): string {
  const plain = (name: string) => /^[A-Za-z_-][\w-]{0,63}$/.test(name);
  const id = el.id && plain(el.id) ? `#${el.id}` : '';
  const classes = Array.from(el.classList)
    .filter(plain)
    .map((name) => `.${name}`);
  return `${el.tagName.toLowerCase()}${id}${classes.join('')}`;
}

/**
 * The descriptions of the elements with an id or class that stand between the page's headline (its
 * first <h1>, where that comes before the body) and the end of the body, in document order, where
 * `shows` says they are visible: what a missed banner looks like in the report.
 */
export function leftovers(body: Element, shows: (el: Element) => boolean = () => true): string[] {
  const headline = body.ownerDocument.querySelector('h1');
  const before = headline !== null && (headline.compareDocumentPosition(body) & FOLLOWING) !== 0;
  const start: Element = headline && before && !headline.contains(body) ? headline : body;
  const end = lastDescendant(body);
  const found: string[] = [];
  for (let at: Element | null = start; at; ) {
    const visible = shows(at);
    if (visible && (at.id || at.classList.length)) found.push(describeElement(at));
    // A hidden element hides its subtree: the walk passes over it (and ends where it holds the end).
    if (at === end || (!visible && at.contains(end))) break;
    at = visible ? nextElement(at) : skipSubtree(at);
  }
  return found;
}

function lastDescendant(el: Element): Element {
  let last = el;
  while (last.lastElementChild) last = last.lastElementChild;
  return last;
}

/** The next element in document order (into children first). */
function nextElement(el: Element): Element | null {
  return el.firstElementChild ?? skipSubtree(el);
}

/** The next element in document order after `el`'s subtree. */
function skipSubtree(el: Element): Element | null {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}

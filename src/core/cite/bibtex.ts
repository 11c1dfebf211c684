// BibLaTeX export of a CSL item (@legislation / @online): the entry types and fields that
// biblatex-gb7714 styles and reference managers read for laws and web pages.
import type { CslItem } from './csl';
import { isoDay } from './date';

/** TeX's special characters in a braced value: each is written as a command, so the braces balance. */
const TEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

export function escapeTex(value: string): string {
  return value.replace(/\s+/g, ' ').replace(/[\\{}%&$#_^~]/g, (c) => TEX_SPECIAL[c] as string);
}

/** URLs are verbatim fields: only what would unbalance the braces or end the field is encoded. */
const escapeUrl = (url: string) =>
  url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** FNV-1a over the UTF-16 code units: a short, stable tail that tells two keys of one day apart. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36).slice(0, 5);
}

/** `sina20211102a1b2c`: ASCII only (Chinese keys break classic BibTeX), the date, and a hash of the address and title. */
function citationKey(item: CslItem): string {
  const day = item.issued ? isoDay(item.issued).replace(/-/g, '') : '';
  return `sina${day}${shortHash(`${item.URL ?? ''}\n${item.title ?? ''}`)}`;
}

export function toBibtex(item: CslItem): string {
  const fields: [string, string][] = [];
  // Double braces keep a title's case as printed: styles that change case would lower Latin words.
  if (item.title) fields.push(['title', `{${escapeTex(item.title)}}`]);
  // Each body in its own braces: a corporate author is one name, never split into first and last.
  if (item.author?.length)
    fields.push(['author', item.author.map((a) => `{${escapeTex(a.literal)}}`).join(' and ')]);
  if (item.number) fields.push(['number', escapeTex(item.number)]);
  if (item['container-title']) fields.push(['organization', escapeTex(item['container-title'])]);
  if (item.issued) fields.push(['date', isoDay(item.issued)]);
  if (item.URL) fields.push(['url', escapeUrl(item.URL)]);
  fields.push(['urldate', isoDay(item.accessed)], ['language', item.language]);
  const type = item.type === 'legislation' ? 'legislation' : 'online';
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  return `@${type}{${citationKey(item)},\n${body}\n}\n`;
}

// The Sogou corpus wraps each saved page in `<text id=… encoding=…>` … `</text>`, which is not part of
// the page. The wrapper's lines are cut where they stand at the page's very start and end; the end is
// found from the last `</text>`, not by a pattern tried at every line of the page.

const OPENING = /^\s*<text\b[^>]*>\s*\n/;
const CLOSING = '</text>';
const SPACE = /\s/;

export function unwrapCorpus(html: string): string {
  const page = html.replace(OPENING, '');
  const end = page.lastIndexOf(CLOSING);
  if (end < 0 || page.slice(end + CLOSING.length).trim() !== '') return page;
  // The cut starts at the first newline of the whitespace just before `</text>`.
  let start = end;
  while (start > 0 && SPACE.test(page.charAt(start - 1))) start--;
  const newline = page.indexOf('\n', start);
  return newline >= 0 && newline < end ? page.slice(0, newline) : page;
}

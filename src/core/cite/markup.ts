// What a CSL processor makes of the markup it recognises in a title: straight quotes become the
// locale's curly quotes (outer “”, inner ‘’), a lone apostrophe becomes ’, and paired formatting tags
// (<i>, <b>, <sc>, <sup>, <sub>, nocase spans) are taken as formatting, which plain text drops.
// Sina headlines carry straight quotes (`"十四五"节能减排…`), so the GB/T line must do the same.

const TAG_PAIRS: readonly [string, string][] = [
  ['<i>', '</i>'],
  ['<b>', '</b>'],
  ['<sc>', '</sc>'],
  ['<sup>', '</sup>'],
  ['<sub>', '</sub>'],
  ['<span class="nocase">', '</span>'],
  ['<span class="nodecor">', '</span>'],
  ['<span style="font-variant:small-caps;">', '</span>'],
];

/** Formatting tags that open and later close are dropped; a tag left open stays as text. */
function dropTags(text: string): string {
  let out = text;
  for (const [open, close] of TAG_PAIRS) {
    for (let at = out.indexOf(open); at >= 0; at = out.indexOf(open, at)) {
      const end = out.indexOf(close, at + open.length);
      if (end < 0) break;
      out = out.slice(0, at) + out.slice(at + open.length, end) + out.slice(end + close.length);
    }
  }
  return out;
}

const OPENS_AFTER = /[ (]/;
const MARKS = [
  ['“', '”'],
  ['‘', '’'],
] as const;

/**
 * A straight quote opens a quotation at the start or after a space or `(`, where the same mark comes
 * again later; the next such mark closes it. Depth 1 prints “”, depth 2 ‘’. Any other `'` is an
 * apostrophe (’); any other `"` stays as it is.
 */
function curlQuotes(text: string): string {
  const open: string[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c !== '"' && c !== "'") {
      out += c;
      continue;
    }
    const depth = open.length;
    if (depth && open[depth - 1] === c) {
      open.pop();
      out += MARKS[(depth - 1) % 2]?.[1];
    } else if ((i === 0 || OPENS_AFTER.test(text[i - 1] as string)) && text.includes(c, i + 1)) {
      open.push(c);
      out += MARKS[depth % 2]?.[0];
    } else {
      out += c === "'" ? '’' : c;
    }
  }
  return out;
}

export function renderMarkup(text: string): string {
  return curlQuotes(dropTags(text));
}

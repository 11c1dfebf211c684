// No page data can become markup or code in our contexts: no source file under src/ may use an API
// that parses a string as HTML or as JavaScript. Nothing is allow-listed; a comment that only names
// one of these APIs fails too (say "HTML sink" instead), which keeps the check a plain text scan.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SRC, sourceFiles } from '../helpers/source-files';

/** Each sink, as a pattern over source text. */
const SINKS: readonly [string, RegExp][] = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML assignment', /\bouterHTML\s*=(?!=)/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\b/],
  ['new Function', /\bnew\s+Function\b/],
  ['eval(', /\beval\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['setHTMLUnsafe / parseHTMLUnsafe', /\b(?:set|parse)HTMLUnsafe\b/],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
];

/** Every `file:line: sink` in `text`. */
function findSinks(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, index) =>
      SINKS.filter(([, pattern]) => pattern.test(line)).map(([name]) => `${file}:${index + 1}: ${name}`),
    );
}

describe('no HTML or code sinks in src/', () => {
  it('finds each sink in a sample (the scan can fail)', () => {
    const sample = [
      'el.innerHTML = title;',
      'el.outerHTML = x;',
      "el.insertAdjacentHTML('beforeend', x);",
      '<div dangerouslySetInnerHTML={{ __html: x }} />',
      'document.write(x);',
      'new Function(x)();',
      'eval(x);',
      'range.createContextualFragment(x);',
      'el.setHTMLUnsafe(x);',
      "setTimeout('alert(1)', 0);",
    ].join('\n');
    expect(findSinks('sample', sample)).toHaveLength(SINKS.length);
    expect(findSinks('sample', 'if (a.outerHTML === b) evaluate(x); el.textContent = x;')).toEqual([]);
  });

  it('has none in any source file', () => {
    const files = sourceFiles(SRC, /\.(?:[cm]?[jt]sx?|html)$/);
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((file) => findSinks(relative(ROOT, file), readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});

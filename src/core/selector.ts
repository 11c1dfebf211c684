// One compound CSS selector (a tag, classes, ids, attribute tests: `p.article-editor`,
// `span[id^="stock_"]`) as a test over an element's attributes. The cleaner runs these in its one
// walk over the body: testing an element's class and id in script is several times cheaper than
// asking the DOM to match a list of twenty selectors against every element of a freshly parsed body.
// Anything else (combinators, pseudo-classes, a bare tag) is not compiled and stays with the DOM.

/** An element's attribute by name; the cleaner's walk reads each name once per element. */
export type Attribute = (name: string) => string | null;
export type ElementTest = (attribute: Attribute, tag: string, quirks: boolean) => boolean;

const COMPOUND = /^([a-z][a-z0-9-]*)?((?:\.[\w-]+|#[\w-]+|\[[\w-]+(?:[\^*$]?=(?:"[^"]*"|'[^']*'))?\])+)$/i;
const PART = /\.([\w-]+)|#([\w-]+)|\[([\w-]+)(?:([\^*$]?=)(?:"([^"]*)"|'([^']*)'))?\]/g;

/** HTML attributes whose values selectors match without regard to case: left to the DOM. */
const CASELESS_VALUES = new Set(
  'accept accept-charset align alink axis bgcolor charset checked clear codetype color compact declare defer dir direction disabled enctype face frame hreflang http-equiv lang language link media method multiple nohref noresize noshade nowrap readonly rel rev rules scope scrolling selected shape target text type valign valuetype vlink'.split(
    ' ',
  ),
);

/**
 * A test for one class or id value, without splitting or lower-casing strings per element:
 * quirks-mode pages (most of Sina's) match class and id selectors without regard to ASCII case.
 */
function valueTest(name: string, value: string, token: boolean): ElementTest {
  const edge = token ? '(?:^|[ \\t\\n\\f\\r])' : '^';
  const end = token ? '(?:$|[ \\t\\n\\f\\r])' : '$';
  const exact = new RegExp(`${edge}${value}${end}`);
  const caseless = new RegExp(exact.source, 'i');
  return (attribute, _tag, quirks) => {
    const held = attribute(name);
    return held !== null && (quirks ? caseless : exact).test(held);
  };
}

function partTest(part: RegExpExecArray): ElementTest | null {
  const [, className, id, name, operator, double, single] = part;
  // Class and id values are [\w-]+: nothing in them is special in a pattern.
  if (className) return valueTest('class', className, true);
  if (id) return valueTest('id', id, false);
  if (!name || CASELESS_VALUES.has(name.toLowerCase())) return null;
  const value = double ?? single ?? '';
  switch (operator) {
    case undefined:
      return (attribute) => attribute(name) !== null;
    case '=':
      return (attribute) => attribute(name) === value;
    // An empty value never matches a substring test (Selectors Level 4).
    case '^=':
      return (attribute) => value !== '' && (attribute(name)?.startsWith(value) ?? false);
    case '*=':
      return (attribute) => value !== '' && (attribute(name)?.includes(value) ?? false);
    default:
      return (attribute) => value !== '' && (attribute(name)?.endsWith(value) ?? false);
  }
}

/** The test of `selector` for one element, reading its attributes directly (for tests and one-offs). */
export function matchesCompiled(test: ElementTest, el: Element, quirks: boolean): boolean {
  return test((name) => el.getAttribute(name), el.localName, quirks);
}

/**
 * The test for `selector`, or null where it is not one compound with at least one class, id or
 * attribute test (so an element without attributes never matches a compiled selector).
 */
export function compileSelector(selector: string): ElementTest | null {
  const compound = COMPOUND.exec(selector.trim());
  if (!compound) return null;
  const tag = compound[1]?.toLowerCase();
  const tests: ElementTest[] = [];
  for (const part of (compound[2] ?? '').matchAll(PART)) {
    const test = partTest(part);
    if (!test) return null;
    tests.push(test);
  }
  return (attribute, elementTag, quirks) =>
    (!tag || elementTag === tag) && tests.every((test) => test(attribute, elementTag, quirks));
}

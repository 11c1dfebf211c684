// parse5's tokenizer, taking plain runs of characters in one step. parse5 runs its state machine once
// per character and grows each text, comment and attribute value one character at a time; on Sina's
// saved pages 45% of the characters are inside <style> and <script> (raw text, no markup) and most
// others are in text and attribute values, where all but a few characters mean nothing to the
// tokenizer. Where a state's next characters cannot change the state (no `<`, `&`, quote or `-` as
// that state reads them, no NUL, no CR that the input stream turns into LF, no surrogate), they are
// appended as one string: the tokens, and so the tree, are the ones parse5 makes character by character
// (tests/unit/cli-dom.test.ts compares the trees). Only the input stream's position moves over the run:
// its line and column serve source locations and parse errors, which the CLI asks for neither of, and
// a page written to the tokenizer in one chunk never pauses to step back.
// This overrides protected steps of parse5 7's tokenizer (and dom.ts swaps the tokenizer of its parser,
// which parse5 exports as internal): the version is pinned by the lockfile, and a parse5 whose steps
// differ fails the tree comparison.
import { Token, Tokenizer } from 'parse5';

/** Characters that never need the input stream's preprocessing: no NUL, CR or surrogate. */
const PLAIN = '\\0\\r\\uD800-\\uDFFF';
const WHITESPACE = '\\t\\n\\f ';
/** A run in the data state: of text or of whitespace, the two kinds of character token. */
const DATA_RUN = new RegExp(`[^<&${PLAIN}${WHITESPACE}]+|[${WHITESPACE}]+`, 'y');
/** RCDATA (title, textarea) as text: typed, for a textarea drops its first newline only as whitespace. */
const RCDATA_RUN = new RegExp(`[^<&${PLAIN}${WHITESPACE}]+|[${WHITESPACE}]+`, 'y');
/** A run of raw text or script data: only `<` can end the element. */
const RAW_RUN = new RegExp(`[^<${PLAIN}]+`, 'y');
/** Comments, and script data inside `<!--`: a `-` may start the end. */
const DASHED_RUN = new RegExp(`[^<\\-${PLAIN}]+`, 'y');
/** Tag and attribute names: lowercase already (an ASCII capital is lowered by the state's own step). */
const TAG_NAME_RUN = new RegExp(`[^/>A-Z${PLAIN}${WHITESPACE}]+`, 'y');
const ATTRIBUTE_NAME_RUN = new RegExp(`[^/>="'<A-Z${PLAIN}${WHITESPACE}]+`, 'y');
const DOUBLE_QUOTED_RUN = new RegExp(`[^"&${PLAIN}]+`, 'y');
const SINGLE_QUOTED_RUN = new RegExp(`[^'&${PLAIN}]+`, 'y');

export class RunTokenizer extends Tokenizer {
  /**
   * The run of `pattern` that starts at the character just consumed, the input stream moved to its last
   * character; null where that character starts no run (the state's own step handles it).
   */
  private run(pattern: RegExp): string | null {
    const stream = this.preprocessor;
    pattern.lastIndex = stream.pos;
    const found = pattern.exec(stream.html)?.[0];
    if (found) stream.pos += found.length - 1;
    return found ?? null;
  }

  /**
   * A run as a character token: one of text (`typed`: of text, or of whitespace where the run is). False
   * where the state's own step must take the character.
   */
  private text(pattern: RegExp, typed = false): boolean {
    const chars = this.run(pattern);
    if (chars === null) return false;
    const code = chars.charCodeAt(0);
    const whitespace = typed && (code === 32 || code === 10 || code === 9 || code === 12);
    this._appendCharToCurrentCharacterToken(
      whitespace ? Token.TokenType.WHITESPACE_CHARACTER : Token.TokenType.CHARACTER,
      chars,
    );
    return true;
  }

  /** A run added to a name, a value or a comment's data; false as for `text`. */
  private grow<K extends string>(pattern: RegExp, target: Record<K, string>, field: K): boolean {
    const chars = this.run(pattern);
    if (chars !== null) target[field] += chars;
    return chars !== null;
  }

  protected override _stateData(cp: number): void {
    if (!this.text(DATA_RUN, true)) super._stateData(cp);
  }

  protected override _stateRcdata(cp: number): void {
    if (!this.text(RCDATA_RUN, true)) super._stateRcdata(cp);
  }

  // Raw text and script data are tokenized only in the parser's text mode, where text and whitespace
  // tokens are inserted alike: one token for the whole run.
  protected override _stateRawtext(cp: number): void {
    if (!this.text(RAW_RUN)) super._stateRawtext(cp);
  }

  protected override _stateScriptData(cp: number): void {
    if (!this.text(RAW_RUN)) super._stateScriptData(cp);
  }

  protected override _stateScriptDataEscaped(cp: number): void {
    if (!this.text(DASHED_RUN)) super._stateScriptDataEscaped(cp);
  }

  protected override _stateScriptDataDoubleEscaped(cp: number): void {
    if (!this.text(DASHED_RUN)) super._stateScriptDataDoubleEscaped(cp);
  }

  protected override _stateTagName(cp: number): void {
    if (!this.grow(TAG_NAME_RUN, this.currentToken as Token.TagToken, 'tagName')) super._stateTagName(cp);
  }

  protected override _stateAttributeName(cp: number): void {
    if (!this.grow(ATTRIBUTE_NAME_RUN, this.currentAttr, 'name')) super._stateAttributeName(cp);
  }

  protected override _stateAttributeValueDoubleQuoted(cp: number): void {
    if (!this.grow(DOUBLE_QUOTED_RUN, this.currentAttr, 'value')) super._stateAttributeValueDoubleQuoted(cp);
  }

  protected override _stateAttributeValueSingleQuoted(cp: number): void {
    if (!this.grow(SINGLE_QUOTED_RUN, this.currentAttr, 'value')) super._stateAttributeValueSingleQuoted(cp);
  }

  protected override _stateComment(cp: number): void {
    if (!this.grow(DASHED_RUN, this.currentToken as Token.CommentToken, 'data')) super._stateComment(cp);
  }
}

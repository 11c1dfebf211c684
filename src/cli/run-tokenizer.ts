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

  private characters(pattern: RegExp): boolean {
    const chars = this.run(pattern);
    if (chars === null) return false;
    const code = chars.charCodeAt(0);
    const whitespace = code === 32 || code === 10 || code === 9 || code === 12;
    this._appendCharToCurrentCharacterToken(
      whitespace ? Token.TokenType.WHITESPACE_CHARACTER : Token.TokenType.CHARACTER,
      chars,
    );
    return true;
  }

  protected override _stateData(cp: number): void {
    if (!this.characters(DATA_RUN)) super._stateData(cp);
  }

  // Raw text and script data are tokenized only in the parser's text mode, where text and whitespace
  // tokens are inserted alike: one token for the whole run.
  protected override _stateRawtext(cp: number): void {
    const chars = this.run(RAW_RUN);
    if (chars === null) super._stateRawtext(cp);
    else this._appendCharToCurrentCharacterToken(Token.TokenType.CHARACTER, chars);
  }

  protected override _stateScriptData(cp: number): void {
    const chars = this.run(RAW_RUN);
    if (chars === null) super._stateScriptData(cp);
    else this._appendCharToCurrentCharacterToken(Token.TokenType.CHARACTER, chars);
  }

  protected override _stateRcdata(cp: number): void {
    if (!this.characters(RCDATA_RUN)) super._stateRcdata(cp);
  }

  protected override _stateScriptDataEscaped(cp: number): void {
    const chars = this.run(DASHED_RUN);
    if (chars === null) super._stateScriptDataEscaped(cp);
    else this._appendCharToCurrentCharacterToken(Token.TokenType.CHARACTER, chars);
  }

  protected override _stateScriptDataDoubleEscaped(cp: number): void {
    const chars = this.run(DASHED_RUN);
    if (chars === null) super._stateScriptDataDoubleEscaped(cp);
    else this._appendCharToCurrentCharacterToken(Token.TokenType.CHARACTER, chars);
  }

  protected override _stateTagName(cp: number): void {
    const chars = this.run(TAG_NAME_RUN);
    if (chars === null) super._stateTagName(cp);
    else (this.currentToken as Token.TagToken).tagName += chars;
  }

  protected override _stateAttributeName(cp: number): void {
    const chars = this.run(ATTRIBUTE_NAME_RUN);
    if (chars === null) super._stateAttributeName(cp);
    else this.currentAttr.name += chars;
  }

  protected override _stateComment(cp: number): void {
    const chars = this.run(DASHED_RUN);
    if (chars === null) super._stateComment(cp);
    else (this.currentToken as Token.CommentToken).data += chars;
  }

  protected override _stateAttributeValueDoubleQuoted(cp: number): void {
    const chars = this.run(DOUBLE_QUOTED_RUN);
    if (chars === null) super._stateAttributeValueDoubleQuoted(cp);
    else this.currentAttr.value += chars;
  }

  protected override _stateAttributeValueSingleQuoted(cp: number): void {
    const chars = this.run(SINGLE_QUOTED_RUN);
    if (chars === null) super._stateAttributeValueSingleQuoted(cp);
    else this.currentAttr.value += chars;
  }
}

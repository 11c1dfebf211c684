// The copy buttons: the cleaned text first, then Markdown, the document summary and the citation
// line, then the citation formats for reference managers, with a live message that confirms the
// copy or says why the clipboard refused it.
import type { CopyFormat } from '../common/model';
import { Copying } from './copy-outcome';
import type { Strings } from './strings';

const MAIN: readonly CopyFormat[] = ['text', 'markdown', 'summary', 'citation'];
const CITE_FORMATS: readonly CopyFormat[] = ['csl', 'ris', 'bibtex'];

export class CopyMenu extends Copying<{ copy: (format: CopyFormat) => Promise<void>; words: Strings }> {
  override render() {
    const { copy, words } = this.props;
    const button = (format: CopyFormat) => (
      <button
        type="button"
        key={format}
        class={format === 'text' ? 'sc-button sc-primary' : 'sc-button'}
        onClick={() =>
          this.run(
            () => copy(format),
            (said) => said.copied[format],
          )
        }
      >
        {words.copy[format]}
      </button>
    );
    return (
      <div class="sc-copy">
        <div class="sc-copy-buttons">{MAIN.map(button)}</div>
        <fieldset class="sc-copy-buttons sc-cite-formats" aria-label={words.citeFormats}>
          {CITE_FORMATS.map(button)}
        </fieldset>
        {this.outcomeLine()}
      </div>
    );
  }
}

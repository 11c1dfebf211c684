// 判断有误？ opened: the reader's corrections of the detector and the report of a page. 仍然净化 on a
// page taken for "not an article" (and its undo once applied), 这是公文 / 这不是公文 on an article (two
// toggle buttons: pressing the pressed one again gives the decision back to the parser), and
// 复制诊断信息 everywhere. Loaded, with its words, when the reader opens the section (Corrections.tsx).
import type { PanelActions } from '../common/model';
import type { CorrectionsProps } from './Corrections';
import { Copying } from './copy-outcome';
import { DETECTOR_WORDS, type DetectorWords } from './detector-strings';
import { langOf, type Strings } from './strings';

const AUTO = { cleanAnyway: false, documentView: 'auto' } as const;

/** The words of the panel's language (its tables name it by tag: zh-CN, en). */
const wordsFor = (words: Strings): DetectorWords => DETECTOR_WORDS[langOf(words)];

export function CorrectionsView({ article, corrections = AUTO, actions, words }: CorrectionsProps) {
  const { correct } = actions;
  if (!correct) return null;
  const w = wordsFor(words);
  const button = (label: string, correction: Parameters<typeof correct>[0], pressed?: boolean) => (
    <button type="button" class="sc-button" aria-pressed={pressed} onClick={() => correct(correction)}>
      {label}
    </button>
  );
  const view = corrections.documentView;
  return (
    <>
      {!article ? (
        <div class="sc-copy-buttons">{button(w.cleanAnyway, 'clean-anyway')}</div>
      ) : (
        <>
          {corrections.cleanAnyway ? (
            <>
              <p class="sc-small">{w.cleanedAnyway}</p>
              <div class="sc-copy-buttons">{button(w.stopCleaning, 'stop-cleaning')}</div>
            </>
          ) : null}
          <fieldset class="sc-copy-buttons sc-cite-formats" aria-label={words.detectorHeading}>
            {button(w.isDocument, view === 'on' ? 'document-auto' : 'document-on', view === 'on')}
            {button(w.notDocument, view === 'off' ? 'document-auto' : 'document-off', view === 'off')}
          </fieldset>
          {view !== 'auto' ? <p class="sc-small">{w.documentHint}</p> : null}
        </>
      )}
      <Diagnostics actions={actions} words={words} />
    </>
  );
}

class Diagnostics extends Copying<{ actions: PanelActions; words: Strings }> {
  override render() {
    const { actions, words } = this.props;
    const { copyDiagnostics } = actions;
    if (!copyDiagnostics) return null;
    const w = wordsFor(words);
    return (
      <div class="sc-copy">
        <button
          type="button"
          class="sc-button sc-quiet"
          onClick={() => this.run(copyDiagnostics, () => w.diagnosticsCopied)}
        >
          {w.diagnostics}
        </button>
        {this.outcomeLine()}
      </div>
    );
  }
}

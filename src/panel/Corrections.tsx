// 判断有误？ The reader's corrections of the detector and the report of a page: 仍然净化 on a page
// taken for "not an article" (and its undo once applied), 这是公文 / 这不是公文 on an article (two
// toggle buttons: pressing the pressed one again gives the decision back to the parser), and
// 复制诊断信息 everywhere. Shown only where the panel's host can carry them out.
import type { Corrections as Corrected, Correction, PanelActions } from '../common/model';
import { Copying } from './copy-outcome';
import type { Strings } from './strings';

const AUTO: Corrected = { cleanAnyway: false, documentView: 'auto' };

export function Corrections({
  article,
  corrections = AUTO,
  actions,
  words,
}: {
  /** Is the page taken (or cleaned anyway) for an article? */
  article: boolean;
  corrections?: Corrected;
  actions: PanelActions;
  words: Strings;
}) {
  const { correct } = actions;
  if (!correct) return null;
  const w = words.detector;
  const button = (label: string, correction: Correction, pressed?: boolean) => (
    <button type="button" class="sc-button" aria-pressed={pressed} onClick={() => correct(correction)}>
      {label}
    </button>
  );
  const view = corrections.documentView;
  return (
    <section class="sc-section">
      <h3 class="sc-h3">{w.heading}</h3>
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
          <fieldset class="sc-copy-buttons sc-cite-formats" aria-label={w.heading}>
            {button(w.isDocument, view === 'on' ? 'document-auto' : 'document-on', view === 'on')}
            {button(w.notDocument, view === 'off' ? 'document-auto' : 'document-off', view === 'off')}
          </fieldset>
          {view !== 'auto' ? <p class="sc-small">{w.documentHint}</p> : null}
        </>
      )}
      <Diagnostics actions={actions} words={words} />
    </section>
  );
}

class Diagnostics extends Copying<{ actions: PanelActions; words: Strings }> {
  override render() {
    const { actions, words } = this.props;
    const { copyDiagnostics } = actions;
    if (!copyDiagnostics) return null;
    return (
      <div class="sc-copy">
        <button
          type="button"
          class="sc-button sc-quiet"
          onClick={() => this.run(copyDiagnostics, words.detector.diagnosticsCopied)}
        >
          {words.detector.diagnostics}
        </button>
        {this.outcomeLine()}
      </div>
    );
  }
}

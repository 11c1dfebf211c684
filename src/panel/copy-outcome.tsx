// What a copy button says after a click: a confirmation that fades, or why the clipboard refused,
// which stays until the next attempt. The base of the copy menu, the outline (复制本条) and the
// diagnostics button. A class, as every stateful part of the panel: preact/hooks would add some
// 1 KB gzipped to what showing the panel loads. The words it says load with the first copy
// (copy-words.ts).
import { Component } from 'preact';
import { CopyError } from '../common/copy-error';
import type { CopyWords } from './copy-words';
import { langOf, type Strings } from './strings';

/** How long the confirmation stays; an error stays until the next attempt. */
const CONFIRM_MS = 4000;

export type Outcome = { ok: true; message: string } | { ok: false; message: string } | null;

/**
 * A component with a live outcome line: `run(copy, confirmation)` starts an attempt and reports it,
 * `confirmation` choosing its words once they are loaded.
 */
export abstract class Copying<Props extends { words: Strings }, State = object> extends Component<
  Props,
  State
> {
  /** Only the latest attempt may report; an earlier one that settles late is ignored. */
  private attempt = 0;
  private fade: ReturnType<typeof setTimeout> | undefined;
  private outcome: Outcome = null;

  private say(outcome: Outcome) {
    clearTimeout(this.fade);
    if (outcome?.ok) this.fade = setTimeout(() => this.say(null), CONFIRM_MS);
    this.outcome = outcome;
    this.forceUpdate();
  }

  run = async (copy: () => Promise<void>, confirmation: (said: CopyWords) => string) => {
    const mine = ++this.attempt;
    this.say(null);
    // Loaded beside the copy, from the extension's own files: where that fails (the extension gone),
    // a confirmation is the tick alone and a failure keeps its own message.
    const said = import('./copy-words').then(
      (words) => words.COPY_WORDS[langOf(this.props.words)],
      () => null,
    );
    try {
      await copy();
      const words = await said;
      if (mine === this.attempt) this.say({ ok: true, message: `✓ ${words ? confirmation(words) : ''}` });
    } catch (error) {
      // Our own failures are named by reason and worded here; another error keeps its message.
      const failed = (await said)?.copyFailed;
      const message =
        (error instanceof CopyError ? failed?.[error.reason] : null) ??
        (error instanceof Error && error.message ? error.message : (failed?.refused ?? ''));
      if (mine === this.attempt) this.say({ ok: false, message });
    }
  };

  override componentWillUnmount() {
    this.attempt = -1; // unmounted: late results are dropped
    clearTimeout(this.fade);
  }

  /** The live line under the buttons that says the outcome. */
  outcomeLine() {
    const outcome = this.outcome;
    return (
      <p class={outcome && !outcome.ok ? 'sc-status sc-status-error' : 'sc-status'} aria-live="polite">
        {outcome?.message ?? ''}
      </p>
    );
  }
}

// 隐藏此块 (hide this block) once the reader asked for it: the picking, its outcome said in Chinese
// with English, and the confirm step for a choice that would hide the article body itself. Loaded with
// the first picking (as the picker is), with the words of its outcomes; until then the panel shows
// HideBlock.tsx's button alone.
import { Component, createRef } from 'preact';
import type { PickActions, PickOutcome } from '../common/pick';
import { BilingualWords as Words } from './HideBlock';
import { OUTCOME_WORDS, type PickState, say } from './pick-outcome';
import { PICK_WORDS as W } from './pick-strings';

interface Props {
  actions: PickActions;
  request: number;
}

interface State {
  state: PickState;
}

/** `request` counts the pickings asked for (the button, the context menu, the shortcut): each new one starts one. */
export class HideBlockFlow extends Component<Props, State> {
  override state: State = { state: null };
  private keep = createRef<HTMLButtonElement>();
  private busy = false;

  private async run(step: () => Promise<PickOutcome>) {
    // One picking at a time: a second request (the shortcut pressed twice) would draw a second outline.
    if (this.busy) return;
    this.busy = true;
    this.setState({ state: { status: 'picking' } });
    try {
      this.setState({ state: await step() });
    } catch (error) {
      this.setState({
        state: { status: 'failed', error: error instanceof Error ? error.message : String(error) },
      });
    } finally {
      this.busy = false;
    }
  }

  private pick = () => this.run(() => this.props.actions.pickBlock());

  // The first request is what loaded this module: it starts a picking at once.
  override componentDidMount() {
    if (this.props.request > 0) void this.pick();
  }

  override componentDidUpdate(previous: Props, before: State) {
    if (this.props.request !== previous.request && this.props.request > 0) void this.pick();
    // The question takes the focus, on the answer that keeps the article: Enter never hides it by accident.
    const status = this.state.state?.status;
    if (status === 'ask' && before.state?.status !== 'ask') this.keep.current?.focus();
  }

  override render() {
    const { state } = this.state;
    const said = state?.status === 'failed' ? { text: W.failed(state.error), error: true } : say(state);
    const words = OUTCOME_WORDS;
    return (
      <section class="sc-section sc-hide-block">
        <button type="button" class="sc-button" disabled={state?.status === 'picking'} onClick={this.pick}>
          <Words text={W.button} />
        </button>
        {state?.status === 'ask' ? (
          <div class="sc-ask" role="alertdialog" aria-label={`${words.confirm.zh} ${words.confirm.en}`}>
            <p class="sc-status sc-status-error">
              <Words text={words.ask(state.selector)} />
            </p>
            <button
              type="button"
              class="sc-button"
              onClick={() => this.run(() => this.props.actions.confirmBlock(state.selector))}
            >
              <Words text={words.confirm} />
            </button>{' '}
            <button
              type="button"
              class="sc-button sc-primary"
              ref={this.keep}
              onClick={() => this.setState({ state: { status: 'cancelled' } })}
            >
              <Words text={words.keep} />
            </button>
          </div>
        ) : null}
        <p class={said?.error ? 'sc-status sc-status-error' : 'sc-status'} aria-live="polite">
          {said ? <Words text={said.text} /> : ''}
        </p>
      </section>
    );
  }
}

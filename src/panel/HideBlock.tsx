// 隐藏此块 (hide this block) in the panel: the button that starts the picker, the outcome said in
// Chinese with English, and the confirm step for a choice that would hide the article body itself.
// The words of the picking and its outcomes load with the first picking (as the picker does).
import { Component, createRef } from 'preact';
import type { PickActions, PickOutcome } from '../common/pick';
import type { PickState } from './pick-outcome';
import { type Bilingual, PICK_WORDS as W } from './pick-strings';

type Outcome = typeof import('./pick-outcome');

const Words = ({ text }: { text: Bilingual }) => (
  <>
    <span lang="zh-CN">{text.zh}</span> <span lang="en">{text.en}</span>
  </>
);

interface Props {
  actions: PickActions;
  request: number;
}

interface State {
  state: PickState;
  /** The outcome's words, once loaded. */
  outcome?: Outcome;
}

export class HideBlock extends Component<Props, State> {
  override state: State = { state: null };
  private keep = createRef<HTMLButtonElement>();
  private busy = false;

  private async run(step: () => Promise<PickOutcome>) {
    // One picking at a time: a second request (the shortcut pressed twice) would draw a second outline.
    if (this.busy) return;
    this.busy = true;
    this.setState({ state: { status: 'picking' } });
    // The picking starts at once; its words show as soon as they are loaded (from the extension's own
    // files: they fail to load only where the extension is gone, and then nothing can be saved).
    const words = import('./pick-outcome').then((outcome) => this.setState({ outcome }));
    try {
      const [next] = await Promise.all([step(), words]);
      this.setState({ state: next });
    } catch (error) {
      this.setState({
        state: { status: 'failed', error: error instanceof Error ? error.message : String(error) },
      });
    } finally {
      this.busy = false;
    }
  }

  private pick = () => this.run(() => this.props.actions.pickBlock());

  // The context menu's and the shortcut's way in: each new request starts a picking.
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
    const { state, outcome } = this.state;
    const said =
      state?.status === 'failed'
        ? { text: W.failed(state.error), error: true }
        : (outcome?.say(state) ?? null);
    const words = outcome?.OUTCOME_WORDS;
    return (
      <section class="sc-section sc-hide-block">
        <button type="button" class="sc-button" disabled={state?.status === 'picking'} onClick={this.pick}>
          <Words text={W.button} />
        </button>
        {state?.status === 'ask' && words ? (
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

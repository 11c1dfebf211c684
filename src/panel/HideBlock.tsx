// 隐藏此块 (hide this block) in the panel, as it first shows: its button, with an empty status line.
// The picking itself, its outcomes and their words (hide-block-flow.tsx) load at the first request
// (this button, the context menu, the shortcut), with the picker; a failed load is said here.
import { Component, type ComponentType } from 'preact';
import type { PickActions } from '../common/pick';
import { type Bilingual, PICK_WORDS as W } from './pick-strings';

export const BilingualWords = ({ text }: { text: Bilingual }) => (
  <>
    <span lang="zh-CN">{text.zh}</span> <span lang="en">{text.en}</span>
  </>
);

type Flow = ComponentType<{ actions: PickActions; request: number }>;

interface Props {
  actions: PickActions;
  /** Counts the requests from outside the panel (context menu, shortcut). */
  request: number;
}

interface State {
  /** The requests so far, the button's included. */
  asked: number;
  flow?: Flow;
  failed?: string;
}

export class HideBlock extends Component<Props, State> {
  override state: State = { asked: 0 };

  private ask = () => {
    this.setState({ asked: this.state.asked + 1 });
    if (this.state.flow) return;
    import('./hide-block-flow').then(
      ({ HideBlockFlow }) => this.setState({ flow: HideBlockFlow, failed: undefined }),
      (error: unknown) => this.setState({ failed: error instanceof Error ? error.message : String(error) }),
    );
  };

  override componentDidMount() {
    if (this.props.request > 0) this.ask();
  }

  override componentDidUpdate(previous: Props) {
    if (this.props.request !== previous.request && this.props.request > 0) this.ask();
  }

  override render() {
    const { asked, flow: Flow, failed } = this.state;
    if (Flow) return <Flow actions={this.props.actions} request={asked} />;
    return (
      <section class="sc-section sc-hide-block">
        <button
          type="button"
          class="sc-button"
          disabled={asked > 0 && failed === undefined}
          onClick={this.ask}
        >
          <BilingualWords text={W.button} />
        </button>
        <p class={failed === undefined ? 'sc-status' : 'sc-status sc-status-error'} aria-live="polite">
          {failed === undefined ? '' : <BilingualWords text={W.failed(failed)} />}
        </p>
      </section>
    );
  }
}

// 判断有误？ (the detector was wrong?): a disclosure at the panel's end. Its buttons (仍然净化, 这是公文 /
// 这不是公文, 复制诊断信息) and their words load when the reader opens it (corrections-view.tsx): most
// readers never do. Shown only where the panel's host can carry the corrections out.
import { Component, type ComponentType } from 'preact';
import type { Corrections as Corrected, PanelActions } from '../common/model';
import type { Strings } from './strings';

export interface CorrectionsProps {
  /** Is the page taken (or cleaned anyway) for an article? */
  article: boolean;
  corrections?: Corrected | undefined;
  actions: PanelActions;
  words: Strings;
}

/**
 * Whether the reader opened the section, kept by the panel: a correction re-analyses the page and the
 * panel shows "loading" meanwhile, which takes this section away; it comes back as the reader left it.
 */
export interface Disclosure {
  open: boolean;
  toggle: () => void;
}

/** The opened section, once loaded (a module loads once per context). */
let loaded: ComponentType<CorrectionsProps> | undefined;

export class Corrections extends Component<
  CorrectionsProps & { disclosure: Disclosure },
  { failed?: string }
> {
  private toggle = () => {
    this.props.disclosure.toggle();
    if (loaded) return;
    this.setState({ failed: undefined });
    import('./corrections-view').then(
      ({ CorrectionsView }) => {
        loaded = CorrectionsView;
        this.forceUpdate();
      },
      (error: unknown) => this.setState({ failed: error instanceof Error ? error.message : String(error) }),
    );
  };

  override render() {
    const { disclosure, ...props } = this.props;
    const { words, actions } = props;
    if (!actions.correct) return null;
    const View = loaded;
    const { failed } = this.state;
    const { open } = disclosure;
    return (
      <section class="sc-section">
        <h3 class="sc-h3">
          <button type="button" class="sc-link" aria-expanded={open} onClick={this.toggle}>
            {words.detectorHeading}
          </button>
        </h3>
        {!open ? null : View ? (
          <View {...props} />
        ) : (
          <p class={failed === undefined ? 'sc-small' : 'sc-status sc-status-error'} role="status">
            {failed ?? words.loading}
          </p>
        )}
      </section>
    );
  }
}

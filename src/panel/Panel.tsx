// The panel: one landmark that shows the model's state. The same component runs in the page (docked,
// collapsible to a tab) and in the browser's side panel (filling its page).
import { Component, createRef } from 'preact';
import type { PanelActions, PanelModel, PanelSide, ResultData } from '../common/model';
import { CopyMenu } from './CopyMenu';
import { Corrections, type Disclosure } from './Corrections';
import { DocBadges, DocDetails } from './DocumentView';
import { HideBlock } from './HideBlock';
import { Removed } from './Removed';
import { ErrorNotice, Loading, NotArticle } from './Status';
import { Summary } from './Summary';
import type { Strings } from './strings';

export interface PanelProps {
  model: PanelModel;
  actions: PanelActions;
  /** The UI language's table. */
  words: Strings;
  /** In the page: docked at `side`, collapsible. Otherwise it fills the side panel's page. */
  inPage: boolean;
  side: PanelSide;
  /** In-page only: shown as the small tab. */
  collapsed?: boolean;
  /** In-page only: each increase moves the focus into the panel (a keyboard command opened it). */
  focusRequests?: number;
  /** In-page only: give the focus back to where it was before a command; false if there is no such place. */
  returnFocus?: () => boolean;
  onCollapse?: () => void;
  onOpen?: () => void;
  /** Counts the requests to start 隐藏此块 from outside the panel (context menu, shortcut). */
  pickRequest?: number;
}

export class Panel extends Component<PanelProps, { detectorOpen: boolean }> {
  override state = { detectorOpen: false };
  private tab = createRef<HTMLButtonElement>();
  private collapseButton = createRef<HTMLButtonElement>();
  // Focus follows the user's own collapse or open, never an open() from the content script.
  private focusNext: 'tab' | 'panel' | null = null;

  override componentDidMount() {
    if ((this.props.focusRequests ?? 0) > 0) this.collapseButton.current?.focus();
  }

  override componentDidUpdate(previous: PanelProps) {
    const { collapsed = false, focusRequests = 0 } = this.props;
    if (collapsed !== (previous.collapsed ?? false)) {
      const target = this.focusNext === 'tab' ? this.tab.current : this.collapseButton.current;
      if (this.focusNext) target?.focus();
      this.focusNext = null;
    }
    if (focusRequests !== (previous.focusRequests ?? 0) && focusRequests > 0)
      this.collapseButton.current?.focus();
  }

  // Closed after a keyboard command opened it, the panel gives the focus back to where it was; else
  // the tab that opens it again takes it.
  private collapse = () => {
    this.focusNext = this.props.returnFocus?.() ? null : 'tab';
    this.props.onCollapse?.();
  };

  private open = () => {
    this.focusNext = 'panel';
    this.props.onOpen?.();
  };

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.props.inPage || this.props.collapsed) return;
    event.preventDefault();
    this.collapse();
  };

  override render() {
    const { model, actions, words, inPage, side, collapsed = false, pickRequest = 0 } = this.props;
    const { pickBlock, confirmBlock } = actions;
    const classes = ['sc-root', inPage ? `sc-inpage sc-${side}` : 'sc-fill', collapsed ? 'sc-collapsed' : '']
      .filter(Boolean)
      .join(' ');

    return (
      // The role is implied by <aside>; it is written out because the landmark is part of the contract.
      <aside
        // biome-ignore lint/a11y/noRedundantRoles: explicit on purpose
        role="complementary"
        aria-label={words.name}
        lang={words.tag}
        class={classes}
        onKeyDown={this.onKeyDown}
      >
        {inPage && collapsed ? (
          <button
            type="button"
            class="sc-tab"
            ref={this.tab}
            aria-label={words.open}
            aria-expanded={false}
            onClick={this.open}
          >
            {words.tab}
          </button>
        ) : (
          <div class="sc-panel">
            <header class="sc-head">
              <p class="sc-brand">
                <span class="sc-logo" aria-hidden="true">
                  净
                </span>
                {words.name}
              </p>
              {inPage ? (
                <button
                  type="button"
                  class="sc-button sc-quiet"
                  ref={this.collapseButton}
                  onClick={this.collapse}
                >
                  {words.collapse}
                </button>
              ) : null}
            </header>
            <Body
              model={model}
              actions={actions}
              words={words}
              detector={{
                open: this.state.detectorOpen,
                toggle: () => this.setState({ detectorOpen: !this.state.detectorOpen }),
              }}
            />
            {/* Outside the model's states: a saved rule re-cleans the page, and its outcome stays said. */}
            {pickBlock && confirmBlock ? (
              <HideBlock actions={{ pickBlock, confirmBlock }} request={pickRequest} />
            ) : null}
          </div>
        )}
      </aside>
    );
  }
}

interface BodyProps {
  actions: PanelActions;
  words: Strings;
  /** 判断有误？ opened or not. */
  detector: Disclosure;
}

function Body({ model, actions, words, detector }: BodyProps & { model: PanelModel }) {
  if (model.status === 'error') return <ErrorNotice words={words} message={model.error} />;
  if (model.status === 'not-article' || model.result?.page.kind === 'not-article')
    return (
      <div class="sc-body">
        <NotArticle words={words} />
        {/* Only a page's own content script sends its corrections: a tab that is not a Sina page has none to ask. */}
        {model.corrections ? (
          <Corrections article={false} actions={actions} words={words} disclosure={detector} />
        ) : null}
      </div>
    );
  if (model.status === 'loading' || !model.result) return <Loading words={words} />;
  return (
    <Ready
      result={model.result}
      cleaned={model.cleaned}
      corrections={model.corrections}
      actions={actions}
      words={words}
      detector={detector}
    />
  );
}

function Ready({
  result,
  cleaned,
  corrections,
  actions,
  words,
  detector,
}: BodyProps & {
  result: ResultData;
  cleaned: boolean;
  corrections: PanelModel['corrections'];
}) {
  const doc = result.document;
  const title = doc?.title ?? result.page.title;
  // The article's own headline is worth a line only where it is not the document's title.
  const headline = doc && result.page.title !== title ? result.page.title : null;
  return (
    <div class="sc-body">
      {doc ? <DocBadges doc={doc} words={words} /> : null}
      {title ? <h2 class="sc-title">{title}</h2> : null}
      <CopyMenu copy={(format) => actions.copy(format)} words={words} />
      {doc ? (
        <DocDetails
          doc={doc}
          jumpTo={(block) => actions.jumpTo(block)}
          copyClause={(clause) => actions.copyClause(clause)}
          words={words}
        />
      ) : null}
      <Summary page={result.page} headline={headline} words={words} />
      <Removed
        removed={result.removed}
        cleaned={cleaned}
        onToggle={() => actions.toggleOriginal()}
        words={words}
      />
      <Corrections article corrections={corrections} actions={actions} words={words} disclosure={detector} />
    </div>
  );
}

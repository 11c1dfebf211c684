// The panel: one landmark that shows the model's state. The same component runs in the page (docked,
// collapsible to a tab) and in the browser's side panel (filling its page).
import { useEffect, useRef } from 'preact/hooks';
import type { PanelActions, PanelModel, PanelSide, ResultData } from '../common/model';
import { CopyMenu } from './CopyMenu';
import { Corrections } from './Corrections';
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

export function Panel({
  model,
  actions,
  words,
  inPage,
  side,
  collapsed = false,
  focusRequests = 0,
  returnFocus,
  onCollapse,
  onOpen,
  pickRequest = 0,
}: PanelProps) {
  const { pickBlock, confirmBlock } = actions;
  const tab = useRef<HTMLButtonElement>(null);
  const collapseButton = useRef<HTMLButtonElement>(null);
  // Focus follows the user's own collapse or open, never an open() from the content script.
  const focusNext = useRef<'tab' | 'panel' | null>(null);

  useEffect(() => {
    const target = focusNext.current === 'tab' ? tab.current : collapseButton.current;
    if (focusNext.current) target?.focus();
    focusNext.current = null;
  }, [collapsed]);
  useEffect(() => {
    if (focusRequests > 0) collapseButton.current?.focus();
  }, [focusRequests]);

  // Closed after a keyboard command opened it, the panel gives the focus back to where it was; else
  // the tab that opens it again takes it.
  const collapse = () => {
    focusNext.current = returnFocus?.() ? null : 'tab';
    onCollapse?.();
  };
  const open = () => {
    focusNext.current = 'panel';
    onOpen?.();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !inPage || collapsed) return;
    event.preventDefault();
    collapse();
  };

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
      onKeyDown={onKeyDown}
    >
      {inPage && collapsed ? (
        <button
          type="button"
          class="sc-tab"
          ref={tab}
          aria-label={words.open}
          aria-expanded={false}
          onClick={open}
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
              <button type="button" class="sc-button sc-quiet" ref={collapseButton} onClick={collapse}>
                {words.collapse}
              </button>
            ) : null}
          </header>
          <Body model={model} actions={actions} words={words} />
          {/* Outside the model's states: a saved rule re-cleans the page, and its outcome stays said. */}
          {pickBlock && confirmBlock ? (
            <HideBlock actions={{ pickBlock, confirmBlock }} request={pickRequest} />
          ) : null}
        </div>
      )}
    </aside>
  );
}

function Body({ model, actions, words }: { model: PanelModel; actions: PanelActions; words: Strings }) {
  if (model.status === 'error') return <ErrorNotice words={words} message={model.error} />;
  if (model.status === 'not-article' || model.result?.page.kind === 'not-article')
    return (
      <div class="sc-body">
        <NotArticle words={words} />
        {/* Only a page's own content script sends its corrections: a tab that is not a Sina page has none to ask. */}
        {model.corrections ? <Corrections article={false} actions={actions} words={words} /> : null}
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
    />
  );
}

function Ready({
  result,
  cleaned,
  corrections,
  actions,
  words,
}: {
  result: ResultData;
  cleaned: boolean;
  corrections: PanelModel['corrections'];
  actions: PanelActions;
  words: Strings;
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
      <Corrections article corrections={corrections} actions={actions} words={words} />
    </div>
  );
}

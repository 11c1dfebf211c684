// What the cleaning took, rule by rule, and the switch between the cleaned page and the original.
// Each rule is listed by its label; its reasons (the longer words of every rule, in two languages)
// load when the reader asks why, or points at the list. A rule of the reader's own (隐藏此块) is
// listed by its selector.
import { Component, createRef } from 'preact';
import { ruleLabel } from '../common/rule-labels';
import { USER_PREFIX } from '../core/matchers';
import type { Removal } from '../core/types';
import { PICK_WORDS } from './pick-strings';
import type { Strings } from './strings';

/**
 * Set when the switch is pressed. Cleaning again re-analyses the page, and the panel shows "loading"
 * meanwhile, which takes the switch (and a keyboard user's focus) away: the new switch takes the
 * focus back. Module state, since the component itself is gone in between; one panel per context.
 */
const toggled = { pressed: false };

interface Props {
  removed: readonly Removal[];
  cleaned: boolean;
  onToggle: () => void;
  words: Strings;
}

type RuleWords = typeof import('../common/rule-words');

/** Numbers the lists' ids: one panel per context, and ids need only be unique within it. */
let lists = 0;

interface State {
  why: boolean;
  /** The rules' reasons, once loaded. */
  reasons?: RuleWords;
}

export class Removed extends Component<Props, State> {
  override state: State = { why: false };
  private listId = `sc-removed-${++lists}`;
  private toggle = createRef<HTMLButtonElement>();

  private loadReasons = () => {
    if (!this.state.reasons)
      import('../common/rule-words').then(
        (reasons) => this.setState({ reasons }),
        () => {},
      );
  };

  override componentDidMount() {
    this.takeFocus();
  }

  override componentDidUpdate(previous: Props) {
    if (previous.cleaned !== this.props.cleaned) this.takeFocus();
  }

  private takeFocus() {
    if (!toggled.pressed) return;
    toggled.pressed = false;
    this.toggle.current?.focus();
  }

  override render() {
    const { removed, cleaned, onToggle, words } = this.props;
    const { why, reasons } = this.state;
    const total = removed.reduce((sum, r) => sum + r.count, 0);
    return (
      <section class="sc-section">
        <div class="sc-row">
          <h3 class="sc-h3">
            {words.removed}
            {total ? <span class="sc-small"> · {words.removedCount(total)}</span> : null}
          </h3>
          {total ? (
            <button
              type="button"
              class="sc-link"
              aria-expanded={why}
              aria-controls={this.listId}
              onClick={() => {
                this.loadReasons();
                this.setState({ why: !why });
              }}
            >
              {words.reasons}
            </button>
          ) : null}
        </div>
        {total ? (
          <ul class="sc-removed" id={this.listId} onPointerEnter={this.loadReasons}>
            {removed.map((r) => {
              const zh = words.tag.startsWith('zh');
              const selector = r.rule.startsWith(USER_PREFIX) ? r.rule.slice(USER_PREFIX.length) : null;
              const rule = selector === null ? reasons?.ruleWords(r.rule) : null;
              const { userRule, userReason } = PICK_WORDS;
              const reason =
                selector !== null
                  ? zh
                    ? userReason.zh
                    : userReason.en
                  : rule && (zh ? rule.reasonZh : rule.reason);
              return (
                <li key={r.rule} title={reason ?? undefined}>
                  {selector !== null ? (
                    <span>
                      {zh ? userRule.zh : userRule.en} <code class="sc-selector">{selector}</code>
                    </span>
                  ) : (
                    <span>{ruleLabel(r.rule)}</span>
                  )}{' '}
                  <span class="sc-count">×{r.count}</span>
                  {why && reason ? <span class="sc-reason">{reason}</span> : null}
                </li>
              );
            })}
          </ul>
        ) : (
          <p class="sc-small">{words.nothingRemoved}</p>
        )}
        <button
          type="button"
          class="sc-button"
          ref={this.toggle}
          onClick={() => {
            toggled.pressed = true;
            onToggle();
          }}
        >
          {cleaned ? words.showOriginal : words.cleanAgain}
        </button>
      </section>
    );
  }
}

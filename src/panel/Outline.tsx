// The clause outline: a nested list of buttons that scroll the page to a clause, with each level
// that has children behind its own disclosure button, and beside each clause 复制本条 (the clause
// with its document's title and number, and a link to it), whose outcome one live line reports.
import { Component } from 'preact';
import type { Clause } from '../core/types';
import { Copying } from './copy-outcome';
import type { Strings } from './strings';

/**
 * The arrow keys' handler (outline-keys.ts), loaded when the focus first enters the outline: a key
 * reaches a clause only after the focus does, and the chunk is the extension's own file, there at once.
 * Until it is there, a key does what it does anywhere (Tab still walks every clause).
 */
let onOutlineKey: ((event: KeyboardEvent) => void) | undefined;
const loadKeys = () => {
  if (!onOutlineKey)
    import('./outline-keys').then(
      (keys) => (onOutlineKey = keys.onOutlineKey),
      () => {},
    );
};

/** Longest snippet of a clause's text shown where the clause has no heading. */
const SNIPPET = 24;

/** The heading, else the first characters of the text (by code point, white space collapsed). */
function clauseTitle(clause: Clause): string {
  if (clause.heading) return clause.heading;
  const chars = Array.from(clause.text.replace(/\s+/g, ' ').trim());
  return chars.length > SNIPPET ? `${chars.slice(0, SNIPPET).join('')}…` : chars.join('');
}

interface ListProps {
  clauses: readonly Clause[];
  depth: number;
  current: number | null;
  onJump: (block: number) => void;
  onCopy: (clause: Clause) => void;
  words: Strings;
}

function ClauseList({ clauses, depth, ...rest }: ListProps) {
  return (
    <ul class="sc-outline-list">
      {clauses.map((clause, i) => (
        // Clause blocks are not guaranteed unique; the position in the list is.
        <ClauseItem key={i} clause={clause} depth={depth} {...rest} />
      ))}
    </ul>
  );
}

type ItemProps = Omit<ListProps, 'clauses'> & { clause: Clause };

class ClauseItem extends Component<ItemProps, { open: boolean }> {
  // Top-level parts start open so their children are visible; deeper levels start closed.
  override state = { open: this.props.depth === 0 };

  override render() {
    return clauseItem(this.props, this.state.open, () => this.setState({ open: !this.state.open }));
  }
}

function clauseItem(
  { clause, depth, current, onJump, onCopy, words }: ItemProps,
  open: boolean,
  toggle: () => void,
) {
  const hasChildren = clause.children.length > 0;
  const title = clauseTitle(clause);
  return (
    <li class="sc-clause">
      <div class="sc-clause-row">
        {hasChildren ? (
          <button
            type="button"
            class="sc-disclosure"
            aria-expanded={open}
            aria-label={words.subitems(`${clause.label}${title}`)}
            onClick={toggle}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span class="sc-disclosure-gap" />
        )}
        <button
          type="button"
          class="sc-clause-button"
          aria-current={current === clause.block ? 'location' : undefined}
          onClick={() => onJump(clause.block)}
        >
          <span class="sc-clause-label">{clause.label}</span>
          {title}
        </button>
        <button
          type="button"
          class="sc-clause-copy"
          aria-label={words.copyClause(`${clause.label}${title}`)}
          title={words.copyClause(`${clause.label}${title}`)}
          onClick={() => onCopy(clause)}
        >
          {/* Two overlapping sheets in CSS: a copy glyph (⧉, ⎘) is missing from many fonts, and the
              panel holds no SVG or image (the hostile-text test counts them). */}
          <span class="sc-copy-icon" aria-hidden="true" />
        </button>
      </div>
      {hasChildren && open ? (
        <ClauseList
          clauses={clause.children}
          depth={depth + 1}
          current={current}
          onJump={onJump}
          onCopy={onCopy}
          words={words}
        />
      ) : null}
    </li>
  );
}

export class Outline extends Copying<
  {
    clauses: readonly Clause[];
    jumpTo: (block: number) => void;
    copyClause: (clause: Clause) => Promise<void>;
    words: Strings;
  },
  { current: number | null }
> {
  override render() {
    const { clauses, jumpTo, copyClause, words } = this.props;
    const onCopy = (clause: Clause) =>
      void this.run(
        () => copyClause(clause),
        (said) => said.clauseCopied,
      );
    const onJump = (block: number) => {
      this.setState({ current: block });
      jumpTo(block);
    };
    return (
      <nav
        class="sc-outline"
        aria-label={words.outline}
        onFocusIn={loadKeys}
        onKeyDown={(event) => onOutlineKey?.(event)}
      >
        <h3 class="sc-h3">{words.outline}</h3>
        <ClauseList
          clauses={clauses}
          depth={0}
          current={this.state.current ?? null}
          onJump={onJump}
          onCopy={onCopy}
          words={words}
        />
        {this.outcomeLine()}
      </nav>
    );
  }
}

// The outline from the keyboard: Tab reaches every button as it always does, and on a clause the
// arrow keys move as in a tree (↑ ↓ to the previous and next visible clause, Home and End to the
// first and last, → opens a clause's sub-items and ← closes them), so a long document's clauses can
// be walked without tabbing through every 复制本条 beside them.

const CLAUSE = '.sc-clause-button';

/** Where the focus moves among `count` clauses from `at` on `key`; null for a key that is not a move. */
export function clauseMove(key: string, at: number, count: number): number | null {
  if (count === 0 || at < 0) return null;
  if (key === 'ArrowDown') return Math.min(at + 1, count - 1);
  if (key === 'ArrowUp') return Math.max(at - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/** The keydown handler of the outline's <nav>. */
export function onOutlineKey(event: KeyboardEvent): void {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const nav = event.currentTarget as Element;
  const clause = event.target as HTMLElement;
  if (!clause.matches(CLAUSE)) return;
  // Open or close the clause's own sub-items: its disclosure button sits in the same row.
  const disclosure = clause.parentElement?.querySelector('.sc-disclosure');
  const open = disclosure?.getAttribute('aria-expanded');
  if ((event.key === 'ArrowRight' && open === 'false') || (event.key === 'ArrowLeft' && open === 'true')) {
    event.preventDefault();
    (disclosure as HTMLElement).click();
    return;
  }
  const clauses = Array.from(nav.querySelectorAll<HTMLElement>(CLAUSE));
  const to = clauseMove(event.key, clauses.indexOf(clause), clauses.length);
  if (to === null) return;
  event.preventDefault();
  clauses[to]?.focus();
}

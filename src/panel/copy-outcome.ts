// What a copy button says after a click: a confirmation that fades, or why the clipboard refused,
// which stays until the next attempt. Shared by the copy menu and the outline's 复制本条.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CopyError } from '../common/copy-error';
import type { Strings } from './strings';

/** How long the confirmation stays; an error stays until the next attempt. */
const CONFIRM_MS = 4000;

export type Outcome = { ok: true; message: string } | { ok: false; message: string } | null;

/** The latest outcome, and `run(copy, confirmation)` that starts an attempt and reports it. */
export function useCopyOutcome(words: Strings) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  // Only the latest attempt may report; an earlier one that settles late is ignored.
  const attempt = useRef(0);

  useEffect(() => {
    if (!outcome?.ok) return;
    const timer = setTimeout(() => setOutcome(null), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [outcome]);
  useEffect(
    () => () => {
      attempt.current = -1; // unmounted: late results are dropped
    },
    [],
  );

  const run = async (copy: () => Promise<void>, confirmation: string) => {
    const mine = ++attempt.current;
    setOutcome(null);
    try {
      await copy();
      if (mine === attempt.current) setOutcome({ ok: true, message: `✓ ${confirmation}` });
    } catch (error) {
      // Our own failures are named by reason and worded here; another error keeps its message.
      const message =
        error instanceof CopyError
          ? words.copyFailed[error.reason]
          : error instanceof Error && error.message
            ? error.message
            : words.copyFailed.refused;
      if (mine === attempt.current) setOutcome({ ok: false, message });
    }
  };
  return { outcome, run };
}

/** The live line under the buttons that says the outcome. */
export const outcomeClass = (outcome: Outcome): string =>
  outcome && !outcome.ok ? 'sc-status sc-status-error' : 'sc-status';

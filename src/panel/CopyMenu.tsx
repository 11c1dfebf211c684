// The copy buttons: the cleaned text first, then Markdown and the document summary, with a live
// message that confirms the copy or says why the clipboard refused it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CopyError } from '../common/clipboard';
import type { CopyFormat } from '../common/model';
import type { Strings } from './strings';

/** How long the confirmation stays; an error stays until the next attempt. */
const CONFIRM_MS = 4000;

type Outcome = { ok: true; format: CopyFormat } | { ok: false; message: string } | null;

export function CopyMenu({ copy, words }: { copy: (format: CopyFormat) => Promise<void>; words: Strings }) {
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

  const run = async (format: CopyFormat) => {
    const mine = ++attempt.current;
    setOutcome(null);
    try {
      await copy(format);
      if (mine === attempt.current) setOutcome({ ok: true, format });
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

  return (
    <div class="sc-copy">
      <div class="sc-copy-buttons">
        <button type="button" class="sc-button sc-primary" onClick={() => run('text')}>
          {words.copy.text}
        </button>
        <button type="button" class="sc-button" onClick={() => run('markdown')}>
          {words.copy.markdown}
        </button>
        <button type="button" class="sc-button" onClick={() => run('summary')}>
          {words.copy.summary}
        </button>
      </div>
      <p class={outcome && !outcome.ok ? 'sc-status sc-status-error' : 'sc-status'} aria-live="polite">
        {outcome ? (outcome.ok ? `✓ ${words.copied[outcome.format]}` : outcome.message) : ''}
      </p>
    </div>
  );
}

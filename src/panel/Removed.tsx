// What the cleaning took, rule by rule, and the switch between the cleaned page and the original.
// Each rule is listed by its label; its reasons (the longer words of every rule, in two languages)
// load when the reader asks why, or points at the list. A rule of the reader's own (隐藏此块) is
// listed by its selector.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
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

export function Removed({
  removed,
  cleaned,
  onToggle,
  words,
}: {
  removed: readonly Removal[];
  cleaned: boolean;
  onToggle: () => void;
  words: Strings;
}) {
  const [why, setWhy] = useState(false);
  const [reasons, setReasons] = useState<typeof import('../common/rule-words') | null>(null);
  const loadReasons = () => {
    if (!reasons) import('../common/rule-words').then(setReasons, () => {});
  };
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!toggled.pressed) return;
    toggled.pressed = false;
    toggle.current?.focus();
  }, [cleaned]);
  const listId = useId();
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
            aria-controls={listId}
            onClick={() => {
              loadReasons();
              setWhy(!why);
            }}
          >
            {words.reasons}
          </button>
        ) : null}
      </div>
      {total ? (
        <ul class="sc-removed" id={listId} onPointerEnter={loadReasons}>
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
        ref={toggle}
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

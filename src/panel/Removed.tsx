// What the cleaning took, rule by rule, and the switch between the cleaned page and the original.
import { useId, useState } from 'preact/hooks';
import { ruleWords } from '../common/rule-words';
import { USER_PREFIX } from '../core/pick/user-matchers';
import type { Removal } from '../core/types';
import { PICK_WORDS } from './pick-strings';
import type { Strings } from './strings';

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
            onClick={() => setWhy(!why)}
          >
            {words.reasons}
          </button>
        ) : null}
      </div>
      {total ? (
        <ul class="sc-removed" id={listId}>
          {removed.map((r) => {
            const zh = words.tag.startsWith('zh');
            // A rule of the reader's own (隐藏此块) is listed by its selector.
            const selector = r.rule.startsWith(USER_PREFIX) ? r.rule.slice(USER_PREFIX.length) : null;
            const rule = selector === null ? ruleWords(r.rule) : null;
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
                  <span>{rule?.label ?? r.rule}</span>
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
      <button type="button" class="sc-button" onClick={onToggle}>
        {cleaned ? words.showOriginal : words.cleanAgain}
      </button>
    </section>
  );
}

// What the panel says while the reader picks a block and after (隐藏此块), and the words of its
// confirm step: loaded with the first picking, not with the panel.
import type { PickOutcome } from '../common/pick';
import { MAX_OTHERS } from '../core/matchers';
import { type Bilingual, both } from './pick-strings';

export type PickState = PickOutcome | { status: 'picking' } | null;

export const OUTCOME_WORDS = {
  picking: both(
    '在页面上点击要隐藏的块（↑ 扩大，Esc 取消）',
    'Click the block to hide on the page (↑ wider, Esc cancels)',
  ),
  cancelled: both('已取消，没有保存规则。', 'Cancelled: no rule saved.'),
  saved: (selector: string, count: number) =>
    both(
      `已隐藏 ${selector}（本页 ${count} 处），本站以后都会隐藏。可在设置中关闭或删除。`,
      `Hidden: ${selector} (${count} on this page), on this site from now on. Switch it off or delete it in the options.`,
    ),
  tooMany: (selector: string, count: number, most: number) =>
    both(
      `未保存：${selector} 会隐藏本页 ${count} 处，超过一屏（最多 ${most} 处）。请选一个更小、更具体的块。`,
      `Not saved: ${selector} would hide ${count} elements on this page, more than a screenful (at most ${most}). Choose a smaller, more specific block.`,
    ),
  misses: (selector: string) =>
    both(`未保存：${selector} 选不中这个块。`, `Not saved: ${selector} does not take this block.`),
  nameless: both(
    '未保存：这个块和它外面几层都没有稳定的 id 或 class，规则无法认出它。请按 ↑ 选外层再试。',
    'Not saved: neither this block nor its near ancestors have an id or class name that stays from load to load. Press ↑ to choose a wider block.',
  ),
  ask: (selector: string) =>
    both(
      `${selector} 是正文或包含正文。隐藏它，整篇文章都会看不见。确定吗？`,
      `${selector} is the article body or holds it: hiding it hides the whole article. Are you sure?`,
    ),
  confirm: both('仍要隐藏', 'Hide it anyway'),
  keep: both('不隐藏', 'Keep it'),
};

/** The status line for a state (a failure is said by the panel itself); null where there is none. */
export function say(state: PickState): { text: Bilingual; error: boolean } | null {
  const W = OUTCOME_WORDS;
  switch (state?.status) {
    case 'picking':
      return { text: W.picking, error: false };
    case 'cancelled':
      return { text: W.cancelled, error: false };
    case 'saved':
      return { text: W.saved(state.selector, state.count), error: false };
    case 'too-many':
      return { text: W.tooMany(state.selector, state.count, MAX_OTHERS + 1), error: true };
    case 'misses':
      return { text: W.misses(state.selector), error: true };
    case 'nameless':
      return { text: W.nameless, error: true };
    default:
      return null;
  }
}

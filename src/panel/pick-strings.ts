// The words of 隐藏此块 (hide this block). Its outcomes are said in Chinese with English beside it,
// whatever the UI language: a refused rule is worth reading twice, and the reader may quote it in a
// report. Kept apart from strings.ts: only the in-page panel shows them.

export interface Bilingual {
  zh: string;
  en: string;
}

const both = (zh: string, en: string): Bilingual => ({ zh, en });

export const PICK_WORDS = {
  button: both('隐藏此块', 'Hide this block'),
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
  failed: (error: string) => both(`未保存：${error}`, `Not saved: ${error}`),
  ask: (selector: string) =>
    both(
      `${selector} 是正文或包含正文。隐藏它，整篇文章都会看不见。确定吗？`,
      `${selector} is the article body or holds it: hiding it hides the whole article. Are you sure?`,
    ),
  confirm: both('仍要隐藏', 'Hide it anyway'),
  keep: both('不隐藏', 'Keep it'),
  /** The removal list's name for a rule of the reader's own. */
  userRule: both('我的规则', 'My rule'),
  userReason: both('你在本站用“隐藏此块”选定的块。', 'A block you chose with Hide this block on this site.'),
};

// The words of 隐藏此块 (hide this block) that show before anyone picks: its button, a failure, and
// a rule of the reader's own in the removal list. Said in Chinese with English beside it, whatever the
// UI language: a refused rule is worth reading twice, and the reader may quote it in a report. The
// words of the picking and its outcomes load with the first picking (pick-outcome.ts, with
// hide-block-flow.tsx).

export interface Bilingual {
  zh: string;
  en: string;
}

export const both = (zh: string, en: string): Bilingual => ({ zh, en });

export const PICK_WORDS = {
  button: both('隐藏此块', 'Hide this block'),
  /** Also where the outcome's own words failed to load: nothing was picked then. */
  failed: (error: string) => both(`未保存：${error}`, `Not saved: ${error}`),
  /** The removal list's name for a rule of the reader's own. */
  userRule: both('我的规则', 'My rule'),
  userReason: both('你在本站用“隐藏此块”选定的块。', 'A block you chose with Hide this block on this site.'),
};

// The UI language, chosen in one place for every context (the in-page tab and panel, the side panel,
// the options page): Chinese where the browser's language is Chinese, English elsewhere. Also the
// words the page script shows before the panel's code loads (its small tab): the panel's strings
// table takes them from here, so they are written once and the page script need not load the table.

const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** zh, zh-CN, zh-Hant … → zh; everything else → en. */
export function detectLang(language: string | undefined): Lang {
  return language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The language of this context's UI. */
export const uiLang = (): Lang => detectLang(globalThis.navigator?.language);

/** The extension's name, the collapsed tab's visible text, and the tab's accessible name. */
export interface TabWords {
  name: string;
  tab: string;
  /** Holds `tab`, so the visible words are in the accessible name. */
  open: string;
}

export const TAB_WORDS: Record<Lang, TabWords> = {
  zh: { name: '新浪财经净读', tab: '净读', open: '打开新浪财经净读' },
  en: { name: 'Sina Clean', tab: 'Clean', open: 'Open Sina Clean' },
};

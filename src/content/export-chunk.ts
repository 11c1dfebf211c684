// The copy half of the content script, loaded at the first copy: every format made from the analysis
// (Markdown, the citations, RIS, BibTeX, a clause with its link, a cleaned selection). Reading the
// page and showing the panel never load it; a reader who copies loads it once. The settings are read
// again at each copy: the default format and the citation edition may have changed in the options.
import { copyAsked, copyClauseOf, textAsked } from '../common/copy-request';
import type { CopyAsked, CopyTextRequest } from '../common/messages';
import { loadSettings, type Settings } from '../common/settings';
import type { Clause } from '../core/types';
import type { ContentPage } from './lazy/corrections';

/** The settings as they are now, once the page is analysed. */
async function ready(page: ContentPage): Promise<Settings> {
  const [settings] = await Promise.all([loadSettings().catch(() => page.settings), page.analysed()]);
  return settings;
}

export async function copy(page: ContentPage, format: CopyAsked): Promise<void> {
  const settings = await ready(page);
  const { session, rules } = page;
  await copyAsked(session.analysis, format, { scratch: page.scratch(), body: session.body, rules, settings });
}

/** The text of a format, for the side panel to write. */
export async function copyText(page: ContentPage, format: CopyTextRequest['format']): Promise<string> {
  return textAsked(page.session.analysis, format, await ready(page));
}

export async function copyClause(page: ContentPage, clause: Clause): Promise<void> {
  await page.analysed();
  await copyClauseOf(page.session.analysis, clause, page.scratch());
}

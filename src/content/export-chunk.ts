// The copy half of the content script, loaded at the first copy: every format made from the analysis
// (Markdown, the citations, RIS, BibTeX, a clause with its link, a cleaned selection). Reading the
// page and showing the panel never load it; a reader who copies loads it once. The settings are read
// again at each copy: the default format and the citation edition may have changed in the options.
import { copyAsked, copyClauseOf, textAsked } from '../common/copy-request';
import type { CopyAsked, CopyTextRequest } from '../common/messages';
import { loadSettings, type Settings } from '../common/settings';
import { withCiteUrl } from '../core/cite/desktop-url';
import type { Analysis, Clause } from '../core/types';
import type { ContentPage } from './lazy/corrections';

/** The analysis with the desktop address a citation gives for a mobile page (read at a copy only). */
function cited({ session }: ContentPage): Analysis | null {
  const { analysis } = session;
  return analysis && { ...analysis, page: withCiteUrl(analysis.page, document) };
}

/** The settings as they are now, once the page is analysed. */
async function ready(page: ContentPage): Promise<Settings> {
  const [settings] = await Promise.all([loadSettings().catch(() => page.settings), page.analysed()]);
  return settings;
}

export async function copy(page: ContentPage, format: CopyAsked): Promise<void> {
  const settings = await ready(page);
  const { session, rules } = page;
  await copyAsked(cited(page), format, { scratch: page.scratch(), body: session.body, rules, settings });
}

/** The text of a format, for the side panel to write. */
export async function copyText(page: ContentPage, format: CopyTextRequest['format']): Promise<string> {
  const settings = await ready(page);
  return textAsked(cited(page), format, settings);
}

export async function copyClause(page: ContentPage, clause: Clause): Promise<void> {
  await page.analysed();
  await copyClauseOf(page.session.analysis, clause, page.scratch());
}

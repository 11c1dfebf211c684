// What the content script copies for a request (the panel's buttons, the context menu, the shortcut,
// the side panel's buttons), run in its copy half so that neither the page script nor the panel
// carries it: the user's default resolved, the selection inside the article where asked for (the
// whole text where there is none), and every other format made from the analysis.
import type { Analysis, Clause, Matcher } from '../core/types';
import { writeCopy } from './clipboard';
import { clauseText, copyText } from './copy-text';
import type { CopyAsked } from './messages';
import type { CopyFormat } from './model';
import { selectionText } from './selection';
import type { Settings } from './settings';

export interface CopyContext {
  /** Where the older copy command may put its scratch element (the panel's shadow root). */
  scratch: ShadowRoot | null;
  /** The article body as cleaned, to tell a selection inside it from one elsewhere. */
  body: Element | null;
  /** The body rules in force, to clean a selection as the page was cleaned. */
  rules: readonly Matcher[];
  settings: Pick<Settings, 'defaultCopy' | 'citeEdition'>;
}

/** The format asked for, the user's default resolved: once per request. */
const chosenFormat = (format: CopyFormat | 'default', settings: CopyContext['settings']): CopyFormat =>
  format === 'default' ? settings.defaultCopy : format;

/** The text of a chosen format for the analysis; empty where there is none. */
const formatText = (analysis: Analysis | null, format: CopyFormat, settings: CopyContext['settings']) =>
  analysis ? copyText(analysis, format, settings.citeEdition) : '';

/** The text of a format (the user's default resolved) for the analysis; empty where there is none. */
export const textAsked = (
  analysis: Analysis | null,
  format: CopyFormat | 'default',
  settings: CopyContext['settings'],
): string => formatText(analysis, chosenFormat(format, settings), settings);

/** Copy what was asked for; rejects with a CopyError (nothing to copy, or the clipboard refused). */
export async function copyAsked(
  analysis: Analysis | null,
  format: CopyAsked,
  context: CopyContext,
): Promise<void> {
  const { scratch, settings } = context;
  if (format === 'selection') {
    const page = analysis?.page;
    const selected = page && selectionText(getSelection(), context.body, page, context.rules);
    return selected ? writeCopy(selected, 'selection', scratch) : copyAsked(analysis, 'text', context);
  }
  const chosen = chosenFormat(format, settings);
  return writeCopy(formatText(analysis, chosen, settings), chosen, scratch);
}

/** 复制本条: one clause of the analysed document, with its link; rejects as copyAsked does. */
export const copyClauseOf = (analysis: Analysis | null, clause: Clause, scratch: ShadowRoot | null) =>
  writeCopy(analysis ? clauseText(analysis, clause) : '', 'clause', scratch);

// What the content script copies for a request (the panel's buttons, the context menu, the shortcut),
// run in its lazy half so the page script carries none of it: the user's default resolved, the
// selection inside the article where asked for (the whole text where there is none), and every
// other format through the one copy path.
import type { Matcher } from '../core/types';
import { copyModel, copyPlain } from './clipboard';
import type { CopyAsked } from './messages';
import type { PanelModel } from './model';
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

export async function copyAsked(model: PanelModel, format: CopyAsked, context: CopyContext): Promise<void> {
  const { scratch, settings } = context;
  if (format === 'selection') {
    const page = model.result?.page;
    const selected = page && selectionText(getSelection(), context.body, page, context.rules);
    return selected ? copyPlain(selected, scratch) : copyModel(model, 'text', scratch);
  }
  const chosen = format === 'default' ? settings.defaultCopy : format;
  return copyModel(model, chosen, scratch, settings.citeEdition);
}

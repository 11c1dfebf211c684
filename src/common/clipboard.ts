// The one copy path: every context that copies (the content script for the in-page panel, the
// context menu and the shortcut; the side panel for its own buttons) picks the text and writes it
// here. The async Clipboard API first; where it refuses (the document lost focus after a
// context-menu click, or a policy), the older copy command in a scratch element of our own (the
// panel's shadow root), which the clipboardWrite permission allows. The words for the user are the
// panel's (strings.ts): a failure carries only its reason.
import type { Clause } from '../core/types';
import { clauseText, copyText } from './copy-text';
import type { CiteEdition, CopyFormat, PanelModel } from './model';

/** Why a copy did not happen: nothing to copy, or the browser refused the clipboard. */
export type CopyFailure = 'nothing' | 'refused';

export class CopyError extends Error {
  constructor(
    readonly reason: CopyFailure,
    detail: string,
  ) {
    super(detail);
    this.name = 'CopyError';
  }
}

const readyResult = (model: PanelModel) => (model.status === 'ready' ? model.result : null);

/** Copy one format of the model's result (citations in `edition`); rejects with a CopyError. */
export async function copyModel(
  model: PanelModel,
  format: CopyFormat,
  scratch: ShadowRoot | HTMLElement | null,
  edition: CiteEdition = '2015',
): Promise<void> {
  const result = readyResult(model);
  await writeNonEmpty(result ? copyText(result, format, edition) : '', format, scratch);
}

/** 复制本条: one clause of the model's document, with its link; rejects with a CopyError. */
export async function copyModelClause(
  model: PanelModel,
  clause: Clause,
  scratch: ShadowRoot | HTMLElement | null,
): Promise<void> {
  const result = readyResult(model);
  await writeNonEmpty(result ? clauseText(result, clause) : '', 'clause', scratch);
}

/** Copy `text` (the page's selection, cleaned, with its source line); rejects with a CopyError. */
export const copyPlain = (text: string, scratch: ShadowRoot | HTMLElement | null): Promise<void> =>
  writeNonEmpty(text, 'selection', scratch);

async function writeNonEmpty(text: string, what: string, scratch: ShadowRoot | HTMLElement | null) {
  if (!text) throw new CopyError('nothing', `no ${what} on this page`);
  await writeClipboard(text, scratch);
}

async function writeClipboard(text: string, scratch: ShadowRoot | HTMLElement | null): Promise<void> {
  let refusal = '';
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch (error) {
    refusal = error instanceof Error ? error.message : String(error);
  }
  if (scratch && copyCommand(text, scratch)) return;
  throw new CopyError('refused', refusal);
}

/** The copy command needs a selection: a textarea that lives for one call, inside our own element. */
function copyCommand(text: string, scratch: ShadowRoot | HTMLElement): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
  scratch.append(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

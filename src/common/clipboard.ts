// The one copy path: every context that copies (the content script for the in-page panel, the
// context menu and the shortcut; the side panel for its own buttons) writes here the text that
// copy-text.ts made. The async Clipboard API first; where it refuses (the document lost focus after
// a context-menu click, or a policy), the older copy command in a scratch element of our own (the
// panel's shadow root), which the clipboardWrite permission allows. The words for the user are the
// panel's (strings.ts): a failure carries only its reason (copy-error.ts).
import { CopyError } from './copy-error';

/** Put `text` (of the kind `what`) on the clipboard; rejects with a CopyError where it is empty or refused. */
export async function writeCopy(text: string, what: string, scratch: ShadowRoot | HTMLElement | null) {
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

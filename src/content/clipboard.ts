// Writing to the clipboard from the page. The async Clipboard API first; where it refuses (the page
// lost focus after a context-menu click, or a policy), the older copy command in our own shadow
// root, which the clipboardWrite permission allows. Both refused: an Error that says so plainly.
export async function writeClipboard(text: string, scratch: ShadowRoot | null): Promise<void> {
  let refusal = '';
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch (error) {
    refusal = error instanceof Error ? error.message : String(error);
  }
  if (scratch && copyCommand(text, scratch)) return;
  throw new Error(
    `浏览器拒绝写入剪贴板，请点击页面后重试。The browser refused the clipboard; click the page and try again. (${refusal})`,
  );
}

/** The copy command needs a selection: a textarea that lives for one call, inside our shadow root. */
function copyCommand(text: string, scratch: ShadowRoot): boolean {
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

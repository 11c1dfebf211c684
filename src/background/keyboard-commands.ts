// The keyboard commands of manifest.json, each passed on to the active tab's content script as a
// typed request: open the in-page panel (focus in it), switch between original and cleaned. The
// others are not ours to handle here: `copy-text` is copy-commands.ts's, and `_execute_action`
// (Chrome: the action opens the side panel, side-panel.ts) or `_execute_sidebar_action` (Firefox)
// the browser runs itself.
//
// The default keys are Alt+Shift+J (panel, 净), K (side panel), Y (copy, as vi's yank), O (original).
// What the browsers bind themselves does not change with the UI language (zh-CN or en; only the
// letters of Firefox's menus are localized, and zh-CN keeps en's F E V S B T H). Checked:
//   - Debian's Chromium 156 refuses (leaves unassigned, chrome://extensions/shortcuts shows none) a
//     suggested Alt+Shift+ A B C N P R T W X Z: found by installing a build with each letter and
//     reading commands.getAll(); the four it binds in its accelerator table
//     (chrome/browser/ui/views/accelerator_table.cc) are A, B, T and, in branded Chrome, I. The old
//     default for copy, Alt+Shift+C, was refused: copy moved to Y. The e2e test of the commands
//     reads every binding back from Chromium, so a key it refuses fails there.
//   - Firefox ESR 153's keysets (browser.xhtml in omni.ja) have no Alt+Shift shortcut; its menus'
//     access letters are avoided all the same. On Windows and Linux Firefox gives Alt+Shift+letter
//     to a page's own `accesskey` attributes; Sina's article pages set none.
//   - On macOS Alt is Option: Option+Shift+letter types a character only where no command has it.
// Chrome allows at most four commands with a suggested key: these are the four.
import { browser, type Tabs } from '../common/browser';
import { type CommandRequest, TAB_COMMANDS } from '../common/messages';
import { isOneOf } from '../common/model';

/** What the shortcut `command` does in `tab` (the active tab where the browser does not say). */
export async function runCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (!isOneOf(TAB_COMMANDS, command)) return;
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined || target.id < 0) return;
  const message: CommandRequest = { type: 'sina-clean/command', command };
  // A tab without our content script (not a Sina page) has nobody to answer: nothing to do there.
  await browser.tabs.sendMessage(target.id, message).catch(() => {});
}

export function listenForCommands(): void {
  // Firefox for Android has no commands (nor keyboard shortcuts).
  browser.commands?.onCommand.addListener((command, tab?: Tabs.Tab) => {
    void runCommand(command, tab);
  });
}

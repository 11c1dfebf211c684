// The keyboard shortcuts as the browser has bound them now (commands.getAll: the user may have
// changed or removed one, or the browser refused a suggested key), and where each browser lets the
// user change them. The way there is given in Chinese first and then in English whatever the page's
// language, since it must match the words of the browser's own menus, which follow the browser's
// language, not ours.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../common/browser';
import { localized } from './i18n';

interface Bound {
  name: string;
  shortcut: string;
  description: string;
}

/** Our words for each command: Chrome describes `_execute_action` with an empty string. */
const LABELS: Record<string, string> = {
  'open-panel': 'commandOpenPanel',
  _execute_action: 'commandSidePanel',
  _execute_sidebar_action: 'commandSidePanel',
  'copy-text': 'commandCopyText',
  'toggle-original': 'commandToggleOriginal',
  'pick-block': 'commandPickBlock',
};

const CHROME_SHORTCUTS = 'chrome://extensions/shortcuts';

/** Firefox 137+ opens its shortcut settings itself; Chrome lets an extension open its page in a tab. */
function openSettings(): void {
  const commands = browser.commands as typeof browser.commands & {
    openShortcutSettings?: () => Promise<void>;
  };
  const opening = commands.openShortcutSettings
    ? commands.openShortcutSettings()
    : browser.tabs.create({ url: CHROME_SHORTCUTS });
  opening.catch(() => {});
}

export function Shortcuts() {
  const [bound, setBound] = useState<Bound[] | null>(null);
  useEffect(() => {
    // Without the commands API (never in a real build) the section stays empty rather than break the page.
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then(
        (commands) =>
          setBound(
            commands.map(({ name = '', shortcut = '', description = '' }) => ({
              name,
              shortcut,
              description,
            })),
          ),
        () => setBound([]),
      );
  }, []);
  if (!bound) return null;
  return (
    <>
      <h2 id="shortcuts">{localized('optionsShortcuts')}</h2>
      <table class="shortcuts" aria-labelledby="shortcuts">
        <tbody>
          {bound.map((command) => (
            <tr key={command.name}>
              <th scope="row">
                {LABELS[command.name] ? localized(LABELS[command.name] as string) : command.description}
              </th>
              <td>{command.shortcut ? <kbd>{command.shortcut}</kbd> : localized('optionsShortcutUnset')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul class="hint shortcut-help">
        <li>
          <span lang="zh-CN">
            Chrome、Edge：在地址栏打开 chrome://extensions/shortcuts（Edge 为 edge://extensions/shortcuts）。
          </span>{' '}
          <span lang="en">
            Chrome, Edge: open chrome://extensions/shortcuts (edge://extensions/shortcuts in Edge).
          </span>
        </li>
        <li>
          <span lang="zh-CN">Firefox：about:addons → ⚙ → 管理扩展快捷键。</span>{' '}
          <span lang="en">Firefox: about:addons → ⚙ → Manage Extension Shortcuts.</span>
        </li>
      </ul>
      <div class="row">
        <button type="button" onClick={openSettings}>
          {localized('optionsShortcutsChange')}
        </button>
      </div>
    </>
  );
}

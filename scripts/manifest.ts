// The per-browser manifests: the top-level manifest.json is the base, and only what the browsers do
// differently is added here (background, native side panel, Firefox's add-on id). The version comes
// from package.json so that there is one number to bump.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Browser = 'chrome' | 'firefox';

/** Firefox's add-on id: stable, so that storage and the store listing survive updates. */
export const GECKO_ID = 'sina-clean@sina-clean.github.io';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

const BACKGROUND = 'src/background/index.ts';
const SIDE_PANEL = 'src/sidepanel/index.html';

// biome-ignore lint/suspicious/noExplicitAny: the manifest is JSON; crxjs checks its shape.
export function manifestFor(browser: Browser): any {
  const base = readJson('manifest.json');
  const { version } = readJson('package.json') as { version: string };
  if (browser === 'chrome') {
    return {
      ...base,
      version,
      // chrome.sidePanel.setPanelBehavior arrived in Chrome 116.
      minimum_chrome_version: '116',
      permissions: [...base.permissions, 'sidePanel'],
      background: { service_worker: BACKGROUND, type: 'module' },
      side_panel: { default_path: SIDE_PANEL },
    };
  }
  return {
    ...base,
    version,
    commands: firefoxCommands(base.commands),
    background: { scripts: [BACKGROUND], type: 'module' },
    sidebar_action: {
      default_panel: SIDE_PANEL,
      default_title: '__MSG_actionTitle__',
      default_icon: base.action.default_icon,
      // The toolbar button toggles it; it should not pop open by itself on install.
      open_at_install: false,
    },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 140 (an ESR) is the first with data_collection_permissions.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android (MDN browser-compat-data, as addons-linter reads it): MV3 and `action`
      // from 109, this gecko_android key from 113, data_collection_permissions from 142, so 142; it
      // has no sidebar_action (ignored there: the in-page panel is the only one, see
      // src/background/side-panel.ts), no menus and no commands. Without its own minimum, web-ext
      // lint warns that Android 140/141 would not understand data_collection_permissions.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/**
 * Firefox has no side panel: its sidebar is opened by `_execute_sidebar_action`, with the key and
 * the words that `_execute_action` has in Chrome (there the action opens the side panel).
 */
// biome-ignore lint/suspicious/noExplicitAny: the manifest is JSON.
function firefoxCommands(commands: Record<string, any>): Record<string, any> {
  const { _execute_action: sidePanel, ...rest } = commands;
  return { ...rest, _execute_sidebar_action: sidePanel };
}

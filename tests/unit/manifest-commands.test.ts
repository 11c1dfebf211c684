// The keyboard commands in each build's manifest: the four the reader needs, the side panel's under
// each browser's own name, keys that the browsers themselves do not bind (the list in
// src/background/keyboard-commands.ts says where each comes from), and words in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths';
import { type Browser, manifestFor } from '../../scripts/manifest';
import { TAB_COMMANDS } from '../../src/common/messages';

/**
 * Alt+Shift+letter keys a browser keeps to itself: Chromium 156 refuses A B C N P R T W X Z as an
 * extension's suggested key, branded Chrome binds I; Firefox's menus take F E V S B T H with Alt.
 */
const BROWSER_KEYS = [...'ABCNPRTWXZ', 'I', ...'FEVSBTH'].map((letter) => `Alt+Shift+${letter}`);

const SIDE_PANEL: Record<Browser, string> = { chrome: '_execute_action', firefox: '_execute_sidebar_action' };

const locale = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(ROOT, '_locales', lang, 'messages.json'), 'utf8'));

interface Command {
  suggested_key?: { default?: string };
  description?: string;
}

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  const commands: Record<string, Command> = manifestFor(browser).commands;
  const keys = Object.values(commands).flatMap((command) => command.suggested_key?.default ?? []);

  it('has the panel, the side panel, copy and the original, and no other', () => {
    expect(Object.keys(commands).sort()).toEqual([...TAB_COMMANDS, 'copy-text', SIDE_PANEL[browser]].sort());
  });

  it('suggests a key for each but 隐藏此块, at most four (Chrome ignores the rest), none twice', () => {
    // 隐藏此块 has none: the reader binds one (see src/background/pick-commands.ts).
    expect(keys).toHaveLength(Object.keys(commands).length - 1);
    expect(commands['pick-block']?.suggested_key).toBeUndefined();
    expect(keys.length).toBeLessThanOrEqual(4);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('suggests keys the browsers leave free, in the form both accept', () => {
    for (const key of keys) {
      expect(key).toMatch(/^(?:Alt|Ctrl)\+(?:Shift\+)?[A-Z0-9]$/);
      expect(BROWSER_KEYS, key).not.toContain(key);
    }
  });

  it('describes each in Chinese and English', () => {
    for (const [name, command] of Object.entries(commands)) {
      const key = /^__MSG_(\w+)__$/.exec(command.description ?? '')?.[1];
      expect(key, name).toBeDefined();
      for (const lang of ['zh_CN', 'en'])
        expect(locale(lang)[key ?? '']?.message, `${lang} ${name}`).toBeTruthy();
    }
  });
});

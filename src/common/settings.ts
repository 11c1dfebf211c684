// The storage.sync schema: every key has a default, so a fresh install needs no setting. Stored
// values are read leniently (a value of the wrong type falls back to its default).

import type { UserRule } from '../core/types';
import {
  CITE_EDITIONS,
  type CiteEdition,
  COPY_FORMATS,
  type CopyFormat,
  isOneOf,
  PANEL_SIDES,
  type PanelSide,
} from './model';
import { native } from './native';

export interface Settings {
  /** Rule name → on/off; a rule not listed is on. */
  rules: Record<string, boolean>;
  /** Open the in-page panel by itself on pages that carry an official document. */
  autoOpen: boolean;
  /** What the keyboard shortcut copies. */
  defaultCopy: CopyFormat;
  panelSide: PanelSide;
  /** The GB/T 7714 edition of the copied citation line. */
  citeEdition: CiteEdition;
  /** Host name → the user chose "show original" there; remembered per site. */
  showOriginal: Record<string, boolean>;
  /** The blocks the reader chose to hide (隐藏此块), each on its own site. */
  userRules: UserRule[];
}

export const DEFAULTS: Settings = {
  rules: {},
  autoOpen: true,
  defaultCopy: 'text',
  panelSide: 'right',
  citeEdition: '2015',
  showOriginal: {},
  userRules: [],
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function booleans(value: unknown): Record<string, boolean> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, on]) => typeof on === 'boolean')) as Record<
    string,
    boolean
  >;
}

/** Each well-formed entry, its `on` defaulting to true; anything else is dropped. */
export function userRules(value: unknown): UserRule[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((rule) => isRecord(rule) && typeof rule.site === 'string' && typeof rule.selector === 'string')
    .map(({ site, selector, on }) => ({ site, selector, on: on !== false }));
}

/** Settings from whatever storage holds, with defaults for what is missing or malformed. */
function parseSettings(stored: Record<string, unknown>): Settings {
  const { defaultCopy, panelSide, autoOpen, citeEdition } = stored;
  return {
    rules: booleans(stored.rules),
    autoOpen: typeof autoOpen === 'boolean' ? autoOpen : DEFAULTS.autoOpen,
    defaultCopy: isOneOf(COPY_FORMATS, defaultCopy) ? defaultCopy : DEFAULTS.defaultCopy,
    panelSide: isOneOf(PANEL_SIDES, panelSide) ? panelSide : DEFAULTS.panelSide,
    citeEdition: isOneOf(CITE_EDITIONS, citeEdition) ? citeEdition : DEFAULTS.citeEdition,
    showOriginal: booleans(stored.showOriginal),
    userRules: userRules(stored.userRules),
  };
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await native.storage.sync.get(Object.keys(DEFAULTS)));
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await native.storage.sync.set(patch);
}

export const ruleOn = (settings: Settings, rule: { name: string }): boolean =>
  settings.rules[rule.name] !== false;

/** The rules (or matchers) of `rules` that the user has left on. */
export const enabled = <T extends { name: string }>(settings: Settings, rules: readonly T[]): T[] =>
  rules.filter((rule) => ruleOn(settings, rule));

/** Remember (or forget) "show original" for one site. */
export async function rememberOriginal(host: string, original: boolean): Promise<void> {
  const { showOriginal } = await loadSettings();
  const next = { ...showOriginal };
  if (original) next[host] = true;
  else delete next[host];
  await saveSettings({ showOriginal: next });
}

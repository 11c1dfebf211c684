// The reader's own rules (隐藏此块) beyond the settings' lenient reading: adding one, and moving them
// between browsers as JSON. An import is all or nothing: one bad entry names itself and nothing is
// saved; a rule already there is not added twice.
import { safeSelector } from '../core/pick/user-matchers';
import type { UserRule } from '../core/types';
import { loadSettings, saveSettings } from './settings';

/** The export's marker and version, so that an import knows the file is ours. */
export const EXPORT_FORMAT = 'sina-clean/user-rules';
export const EXPORT_VERSION = 1;

/** A Sina host name: the only sites the extension runs on, so the only ones a rule can be for. */
const SINA_HOST = /^(?:[a-z0-9-]+\.)*sina\.(?:com\.cn|cn)$/;

const sameRule = (a: UserRule, b: UserRule): boolean => a.site === b.site && a.selector === b.selector;

/** `rules` with each of `more` that is not there yet appended; the first of two equal rules stays. */
export function mergeRules(rules: readonly UserRule[], more: readonly UserRule[]): UserRule[] {
  const out = [...rules];
  for (const rule of more) if (!out.some((each) => sameRule(each, rule))) out.push(rule);
  return out;
}

/** Save a new rule for `site` (on); returns every rule after saving. */
export async function addUserRule(site: string, selector: string): Promise<UserRule[]> {
  const { userRules } = await loadSettings();
  const next = mergeRules(
    userRules.filter((rule) => !sameRule(rule, { site, selector, on: true })),
    [{ site, selector, on: true }],
  );
  await saveSettings({ userRules: next });
  return next;
}

/** The rules as a JSON file of our own format. */
export function exportRules(rules: readonly UserRule[]): string {
  const plain = rules.map(({ site, selector, on }) => ({ site, selector, on }));
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, rules: plain }, null, 2)}\n`;
}

/** Why an import was refused; `entry` is the 0-based index of the first bad rule. */
export type ImportError =
  | { reason: 'json' }
  | { reason: 'format' }
  | { reason: 'site' | 'selector'; entry: number };

export type Imported =
  | { ok: true; rules: UserRule[]; added: number; duplicates: number }
  | { ok: false; error: ImportError };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Read an exported file into `existing`. `isSelector` says whether this browser reads a selector
 * (the options page asks its own document); entries must name a Sina host and a safe selector.
 */
export function importRules(
  text: string,
  existing: readonly UserRule[],
  isSelector: (selector: string) => boolean,
): Imported {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { reason: 'json' } };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT || !Array.isArray(data.rules))
    return { ok: false, error: { reason: 'format' } };
  const read: UserRule[] = [];
  for (const [entry, rule] of data.rules.entries()) {
    if (!isRecord(rule) || typeof rule.site !== 'string' || !SINA_HOST.test(rule.site))
      return { ok: false, error: { reason: 'site', entry } };
    const { selector } = rule;
    if (typeof selector !== 'string' || !safeSelector(selector) || !isSelector(selector))
      return { ok: false, error: { reason: 'selector', entry } };
    read.push({ site: rule.site, selector, on: rule.on !== false });
  }
  const rules = mergeRules(existing, read);
  const added = rules.length - existing.length;
  return { ok: true, rules, added, duplicates: read.length - added };
}

// The reader's corrections of the detector, remembered: 仍然净化 (clean a page the detector took for
// "not an article") per address pattern, and 这是公文 / 这不是公文 (the document view forced on or
// off) per address. Kept in storage.local, not with the settings in storage.sync: they grow by one
// entry per page or layout corrected, and sync's 8 KB per item would fill; they are this browser's
// memory of pages, not preferences to carry around. Read leniently, as the settings are. What the
// analysis reads is here; what only a correction needs (the 仍然净化 patterns, the changes and their
// writing) is overrides-update.ts, loaded with the corrections.
import type { DocumentView } from '../core/types';
import { pageAddress } from './address';
import { native } from './native';
import { OVERRIDE_KEYS } from './override-keys';

export interface Overrides {
  /** Address patterns (address.ts) where the reader chose 仍然净化. */
  cleanAnyway: string[];
  /** Address (without query or fragment) → the document view forced on (true) or off (false). */
  documentView: Record<string, boolean>;
}

/** The stored keys, each the name of a field. */
const KEYS: readonly (keyof Overrides)[] = OVERRIDE_KEYS;

/** Overrides from whatever storage holds: entries of the wrong type are dropped, one by one. */
export function parseOverrides(stored: Record<string, unknown>): Overrides {
  const { cleanAnyway, documentView } = stored;
  const patterns = Array.isArray(cleanAnyway) ? cleanAnyway.filter((p) => typeof p === 'string' && p) : [];
  const views =
    typeof documentView === 'object' && documentView !== null && !Array.isArray(documentView)
      ? Object.entries(documentView).filter(([, on]) => typeof on === 'boolean')
      : [];
  return { cleanAnyway: [...new Set(patterns)], documentView: Object.fromEntries(views) };
}

/** The document view the reader set for `url`. */
export function documentViewAt(overrides: Overrides, url: string): DocumentView {
  const address = pageAddress(url);
  const on = address === null ? undefined : overrides.documentView[address];
  return on === undefined ? 'auto' : on ? 'on' : 'off';
}

export async function loadOverrides(): Promise<Overrides> {
  return parseOverrides(await native.storage.local.get([...KEYS]));
}

// The reader's corrections of the detector, remembered: 仍然净化 (clean a page the detector took for
// "not an article") per address pattern, and 这是公文 / 这不是公文 (the document view forced on or
// off) per address. Kept in storage.local, not with the settings in storage.sync: they grow by one
// entry per page or layout corrected, and sync's 8 KB per item would fill; they are this browser's
// memory of pages, not preferences to carry around. Read leniently, as the settings are.
import type { DocumentView } from '../core/types';
import { addressPattern, pageAddress } from './address';
import { native } from './native';
import { CLEAN_ANYWAY_KEY, OVERRIDE_KEYS } from './override-keys';

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

/** Has the reader chosen 仍然净化 for pages like `url`? */
export const cleanAnywayAt = (overrides: Overrides, url: string): boolean => {
  const pattern = addressPattern(url);
  return pattern !== null && overrides.cleanAnyway.includes(pattern);
};

/** The document view the reader set for `url`. */
export function documentViewAt(overrides: Overrides, url: string): DocumentView {
  const address = pageAddress(url);
  const on = address === null ? undefined : overrides.documentView[address];
  return on === undefined ? 'auto' : on ? 'on' : 'off';
}

/** `overrides` with 仍然净化 remembered (or forgotten) for pages like `url`. */
export function withCleanAnyway(overrides: Overrides, url: string, on: boolean): Overrides {
  const pattern = addressPattern(url);
  if (pattern === null) return overrides;
  const others = overrides.cleanAnyway.filter((p) => p !== pattern);
  return { ...overrides, cleanAnyway: on ? [...others, pattern] : others };
}

/** `overrides` with the document view of `url` set ('auto' forgets it). */
export function withDocumentView(overrides: Overrides, url: string, view: DocumentView): Overrides {
  const address = pageAddress(url);
  if (address === null) return overrides;
  const documentView = { ...overrides.documentView };
  if (view === 'auto') delete documentView[address];
  else documentView[address] = view === 'on';
  return { ...overrides, documentView };
}

export async function loadOverrides(): Promise<Overrides> {
  return parseOverrides(await native.storage.local.get([...KEYS]));
}

/**
 * Read, change and write back (the latest stored state, so two tabs' corrections both stay). The
 * 仍然净化 key is there only while it holds a pattern: the page script asks for it on every page the
 * detector refuses, and loads the rest only where it is there.
 */
export async function updateOverrides(change: (overrides: Overrides) => Overrides): Promise<Overrides> {
  const next = change(await loadOverrides());
  const { cleanAnyway, documentView } = next;
  await native.storage.local.set(cleanAnyway.length ? { cleanAnyway, documentView } : { documentView });
  if (!cleanAnyway.length) await native.storage.local.remove(CLEAN_ANYWAY_KEY);
  return next;
}

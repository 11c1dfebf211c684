// The reader's corrections of the detector (overrides.ts), as a correction changes them: whether
// 仍然净化 holds for pages like an address, each change, and writing them back. Loaded with the
// corrections only: the analysis reads the overrides, never changes them.
import type { DocumentView } from '../core/types';
import { addressPattern, pageAddress } from './address';
import { native } from './native';
import { CLEAN_ANYWAY_KEY } from './override-keys';
import { loadOverrides, type Overrides } from './overrides';

/** Has the reader chosen 仍然净化 for pages like `url`? */
export const cleanAnywayAt = (overrides: Overrides, url: string): boolean => {
  const pattern = addressPattern(url);
  return pattern !== null && overrides.cleanAnyway.includes(pattern);
};

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

// The reader's stored corrections of the detector (common/overrides.ts), read once per page: the
// analyser needs this address's document view before its first run, and a correction updates them.
// Shared by the analysis (analyser.ts) and the corrections (corrections.ts), which load apart.
import { loadOverrides, type Overrides, updateOverrides } from '../../common/overrides';

const NONE: Overrides = { cleanAnyway: [], documentView: {} };

let stored: Promise<Overrides> | null = null;

export const overrides = (): Promise<Overrides> => {
  stored ??= loadOverrides().catch(() => NONE);
  return stored;
};

/** Store `change` of the corrections; a storage that refuses keeps the ones read before. */
export function rememberOverrides(change: (all: Overrides) => Overrides): Promise<Overrides> {
  const before = overrides();
  stored = updateOverrides(change).catch(() => before);
  return stored;
}

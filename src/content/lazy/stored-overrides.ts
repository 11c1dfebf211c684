// The reader's stored corrections of the detector (common/overrides.ts), read once per page: the
// analyser needs this address's document view before its first run, and a correction updates them
// (corrections.ts, which loads apart and hands the stored ones back through `nowStored`).
import { loadOverrides, type Overrides } from '../../common/overrides';

const NONE: Overrides = { cleanAnyway: [], documentView: {} };

let stored: Promise<Overrides> | null = null;

export const overrides = (): Promise<Overrides> => {
  stored ??= loadOverrides().catch(() => NONE);
  return stored;
};

/** The corrections as a correction leaves them (stored, or as they were where storage refused). */
export function nowStored(next: Promise<Overrides>): Promise<Overrides> {
  stored = next;
  return next;
}

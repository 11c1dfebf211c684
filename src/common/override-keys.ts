// Where the reader's corrections of the detector (overrides.ts) are stored in storage.local, apart
// from them: the page script reads 仍然净化's key by itself (whether it is there decides whether a
// refused page loads the lazy half at all), and gets it at build time (__CLEAN_ANYWAY_KEY__) so as to
// carry no module of the lazy half.

/** One key for each field of the overrides, 仍然净化's first. */
export const OVERRIDE_KEYS = ['cleanAnyway', 'documentView'] as const;
export const [CLEAN_ANYWAY_KEY] = OVERRIDE_KEYS;

// storage.sync and i18n as the extension's pages see them, for tests of the options page and the
// settings: storage is a plain object the test can read and clear, and every message is its own key
// (with its substitutions, so that a test reads which message was shown and with what).
// Installed as `globalThis.browser` before the modules under test load (call it from vi.hoisted).

export interface FakeBrowser {
  /** What storage.sync holds. */
  data: Record<string, unknown>;
  api: unknown;
}

export function installFakeBrowser(): FakeBrowser {
  const data: Record<string, unknown> = {};
  const sync = {
    get: async (keys: string[]) =>
      Object.fromEntries(keys.filter((key) => key in data).map((key) => [key, data[key]])),
    set: async (patch: Record<string, unknown>) => {
      Object.assign(data, patch);
    },
  };
  const getMessage = (key: string, subs?: string[]) => (subs ? `${key}(${subs.join(',')})` : key);
  const api = { storage: { sync }, runtime: { id: 'test' }, i18n: { getMessage } };
  (globalThis as unknown as { browser: unknown }).browser = api;
  return { data, api };
}

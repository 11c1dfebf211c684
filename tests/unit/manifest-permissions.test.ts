// What the extension may do is fixed here: the exact permissions of each build, no code from
// anywhere but the package, and no content security policy looser than the browser's default. A
// new permission must be added to this test on purpose (and to the README and SECURITY.md).
import { describe, expect, it } from 'vitest';
import { type Browser, manifestFor } from '../../scripts/manifest';

/** Sorted, as the test compares them. */
const SINA_HOSTS = ['*://*.sina.cn/*', '*://*.sina.com.cn/*'];
const PERMISSIONS: Record<Browser, string[]> = {
  chrome: ['clipboardWrite', 'contextMenus', 'sidePanel', 'storage'],
  firefox: ['clipboardWrite', 'contextMenus', 'storage'],
};

/** Every string anywhere in the manifest, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((each, i) => strings(each, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, each]) => strings(each, `${path}.${key}`));
  return [];
}

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  const manifest = manifestFor(browser);

  it('asks for exactly the permissions the extension needs', () => {
    expect([...manifest.permissions].sort()).toEqual(PERMISSIONS[browser]);
    expect([...manifest.host_permissions].sort()).toEqual(SINA_HOSTS);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  it('runs content scripts on the Sina hosts only', () => {
    for (const script of manifest.content_scripts) expect([...script.matches].sort()).toEqual(SINA_HOSTS);
  });

  it('loads no code from anywhere but the package', () => {
    const remote = strings(manifest).filter(
      ([path, value]) => /^(?:https?:|\/\/|ftp:|ws:)/i.test(value) && !path.startsWith('.homepage_url'),
    );
    expect(remote).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
  });

  it('keeps the default content security policy (or none looser)', () => {
    const csp = manifest.content_security_policy;
    if (csp === undefined) return;
    // Were one ever set: scripts from the package only, no eval, no remote or inline script.
    for (const policy of Object.values(csp as Record<string, string>)) {
      expect(policy).toMatch(/script-src 'self'(?:;|$| 'wasm-unsafe-eval')/);
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*|data:|blob:/);
    }
  });
});

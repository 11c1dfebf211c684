// 复制诊断信息, the content script's part (in its lazy half): gather what the page, the session and
// the settings say, for the pure text builder in core/diagnostics.ts. Only names of the page's markup
// are gathered, never its text.
import type { PanelModel } from '../../common/model';
import { native } from '../../common/native';
import type { Settings } from '../../common/settings';
import { needsFallback } from '../../core/detect';
import { describeElement, diagnosticsText, leftovers } from '../../core/diagnostics';

/**
 * The user rules in force, from the settings key `userRules` that the element picker (issue 12,
 * "Hide this block") adds. INTEGRATION: read leniently until the picker's schema is merged — any
 * entry (in a list, or in lists by site) that is a selector string, or an object with a string
 * `selector` and not switched off (`enabled` / `on` false), prefixed with its `site` or `host`.
 * Null where storage holds no such key (this build has no user rules).
 */
export function userRulesIn(stored: unknown): string[] | null {
  if (stored === undefined || stored === null) return null;
  const entries = Array.isArray(stored)
    ? stored
    : typeof stored === 'object'
      ? Object.values(stored).flatMap((each) => (Array.isArray(each) ? each : [each]))
      : [];
  return entries.flatMap((entry: unknown) => {
    if (typeof entry === 'string') return [entry];
    if (typeof entry !== 'object' || entry === null) return [];
    const { selector, site, host, enabled, on } = entry as Record<string, unknown>;
    if (typeof selector !== 'string' || enabled === false || on === false) return [];
    const where = typeof site === 'string' ? site : typeof host === 'string' ? host : null;
    return [where ? `${where} ${selector}` : selector];
  });
}

/** Still on screen: not hidden by our stylesheet or the page's (where the browser can tell). */
const shows = (el: Element): boolean => el.checkVisibility?.() ?? true;

/** The diagnostics text for this page as it stands, with `model` (analysed, where it is an article). */
export async function diagnostics(
  model: PanelModel,
  body: Element | null,
  settings: Pick<Settings, 'rules'>,
): Promise<string> {
  const stored = await native.storage.sync.get('userRules').catch(() => ({}) as Record<string, unknown>);
  const article = model.status !== 'not-article' && body !== null;
  const corrections = model.corrections;
  return diagnosticsText({
    url: location.href,
    extensionVersion: native.runtime.getManifest().version,
    userAgent: navigator.userAgent,
    detection: !article
      ? 'not-article'
      : corrections?.cleanAnyway
        ? 'clean-anyway'
        : needsFallback(document)
          ? 'fallback'
          : 'article',
    documentView: corrections?.documentView ?? 'auto',
    removed: model.result?.removed ?? [],
    rulesOff: Object.keys(settings.rules).filter((name) => settings.rules[name] === false),
    userRules: userRulesIn(stored.userRules),
    container: article ? describeElement(body) : null,
    leftovers: article ? leftovers(body, shows) : [],
  });
}

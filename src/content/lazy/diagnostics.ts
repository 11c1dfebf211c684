// 复制诊断信息, the content script's part (in its lazy half): gather what the page, the session and
// the settings say, for the pure text builder in core/diagnostics.ts. Only names of the page's markup
// are gathered, never its text.
import type { PanelModel } from '../../common/model';
import { native } from '../../common/native';
import { type Settings, userRules } from '../../common/settings';
import { needsFallback } from '../../core/detect';
import { describeElement, diagnosticsText, leftovers } from '../../core/diagnostics';

/**
 * The reader's own rules that are on (隐藏此块), as `site selector`, read through the settings' own
 * parser. Read now, not from the settings the page loaded with: the reader may have hidden a block since.
 */
async function userRulesInForce(): Promise<string[]> {
  const stored = await native.storage.sync.get('userRules').catch(() => ({}) as Record<string, unknown>);
  return userRules(stored.userRules)
    .filter((rule) => rule.on)
    .map((rule) => `${rule.site} ${rule.selector}`);
}

/** Still on screen: not hidden by our stylesheet or the page's (where the browser can tell). */
const shows = (el: Element): boolean => el.checkVisibility?.() ?? true;

/** The diagnostics text for this page as it stands, with `model` (analysed, where it is an article). */
export async function diagnostics(
  model: PanelModel,
  body: Element | null,
  settings: Pick<Settings, 'rules'>,
): Promise<string> {
  const inForce = await userRulesInForce();
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
    userRules: inForce,
    container: article ? describeElement(body) : null,
    leftovers: article ? leftovers(body, shows) : [],
  });
}

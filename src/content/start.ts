// The order of things on a page: settings and body ready, clean, then (only where needed) analyse
// and show the panel, and answer the extension's messages. The page may bring or replace its article
// later (the session follows, and the panel with it), and the extension may go away while the tab
// stays open (everything stops).
import type { CopyAsked } from '../common/messages';
import type { PanelActions, PanelModel } from '../common/model';
import { native } from '../common/native';
import { DEFAULTS, enabled, loadSettings, rememberOriginal } from '../common/settings';
import { needsFallback } from '../core/detect';
import { bodyReady } from './body-ready';
import type { ContentPage } from './lazy/corrections';
import { lifetime, stillAlive } from './lifetime';
import { likelyDocument } from './likely-document';
import { listen } from './messages';
import { PanelHost } from './panel-host';
import { MATCHERS } from './rule-matchers';
import { Session } from './session';
import { hidingCss, type PageSheet } from './stylesheet';

const lazyHalf = () => import('./analysis-chunk');

export async function start(sheet: PageSheet): Promise<void> {
  const site = location.hostname;
  const [settings] = await Promise.all([loadSettings().catch(() => DEFAULTS), bodyReady(document)]);
  const rules = enabled(settings, MATCHERS);
  sheet.set(hidingCss(rules));
  const bodyRules = rules.filter((rule) => rule.scope === 'body');

  let panel: PanelHost | null = null;
  // Set once listening starts (below), before the session first cleans.
  let publish: (model: PanelModel) => void = () => {};
  /** Once anything has asked for the analysis, keep it current after every re-cleaning. */
  let analysed = false;
  // The analyser comes with the reader's document view for this address (这是公文 / 这不是公文).
  const loadAnalyser = () => lazyHalf().then((lazy) => lazy.analyserFor(session));
  const session = new Session({
    doc: document,
    url: location.href,
    rules: bodyRules,
    // Page rules are the stylesheet's, but for the fold: it is opened, not hidden.
    pageRules: rules.filter((rule) => rule.scope === 'page' && rule.action === 'unfold'),
    sheet,
    signal: lifetime,
    onChange(model) {
      panel?.update(model);
      // Also where this script finds the extension gone (and stops everything).
      publish(model);
      if (analysed && model.status === 'loading') void session.withAnalysis(loadAnalyser);
    },
    // An article that arrives late or is replaced gets its panel as the first one would (also where a
    // refused page had the tab for 仍然净化).
    onArticle: () => {
      panel?.remove();
      panel = null;
      void showPanel();
    },
    alive: stillAlive,
  });
  const analysedModel = (): Promise<PanelModel> => {
    analysed = true;
    return session.withAnalysis(loadAnalyser);
  };

  const copy = async (format: CopyAsked) => {
    const [lazy, model] = await Promise.all([lazyHalf(), analysedModel()]);
    const scratch = panel?.root ?? null;
    await lazy.copyAsked(model, format, { scratch, body: session.body, rules: bodyRules, settings });
  };
  const copyClause: PanelActions['copyClause'] = async (clause) => {
    const [lazy, model] = await Promise.all([lazyHalf(), analysedModel()]);
    await lazy.copyModelClause(model, clause, panel?.root ?? null);
  };
  const toggle = () => {
    session.toggle();
    rememberOriginal(site, !session.model.cleaned).catch(() => {});
  };
  /** What the lazy half needs for the reader's corrections of the detector and the diagnostics. */
  const here: ContentPage = {
    session,
    settings,
    scratch: () => panel?.root ?? null,
    analysed: analysedModel,
    follow: () => (panel ? analysedModel() : showPanel()),
  };
  const jump = (block: number) => {
    const node = session.blockNode(block);
    if (node) void lazyHalf().then(({ jumpTo }) => jumpTo(node));
  };
  ({ publish } = listen(
    {
      model: () => (session.isArticle ? analysedModel() : Promise.resolve(session.model)),
      copy,
      clicked: (message) => (message.type === 'sina-clean/jump' ? jump(message.block) : toggle()),
      detector: (message) => lazyHalf().then((lazy) => lazy.detectorMessage(message, here)),
    },
    lifetime,
  ));

  /** The panel, once the page has an article: opened at once where it looks like a document. */
  const showPanel = async () => {
    // A page that looks like a document is analysed at once: its panel opens by itself.
    const documentLikely = session.body !== null && likelyDocument(session.body, document.title);
    const model = documentLikely ? await analysedModel() : session.model;
    if (panel) return;
    const actions: PanelActions = {
      copy,
      copyClause,
      toggleOriginal: toggle,
      jumpTo: jump,
      correct: (correction) => void lazyHalf().then((lazy) => lazy.correctHere(correction, here)),
      copyDiagnostics: () => lazyHalf().then((lazy) => lazy.copyDiagnostics(here)),
      collapse() {},
    };
    try {
      panel = new PanelHost(model, {
        signal: lifetime,
        side: settings.panelSide,
        open: settings.autoOpen && model.result?.document != null,
        actions,
        beforeShow: analysedModel,
        onError: (error) => session.fail(error),
      });
    } catch (error) {
      session.fail(error);
    }
  };

  if (session.start(settings.showOriginal[site] === true) || session.model.status === 'error')
    await showPanel();
  // A page refused: where the metadata says article, the fallback for unknown layouts decides; and
  // where the reader chose 仍然净化 for pages like it, it is cleaned. Whether 仍然净化 was chosen
  // anywhere is one storage key: other pages never load the lazy half.
  else if (
    (needsFallback(document) ||
      (await native.storage.local.get('cleanAnyway').then(
        (stored) => 'cleanAnyway' in stored,
        () => false,
      ))) &&
    (await (await lazyHalf()).takeRefusedPage(here))
  )
    await showPanel();
}

// The order of things on a page: settings and body ready, clean, then (only where needed) analyse
// and show the panel, and answer the extension's messages. The page may bring or replace its article
// later (the session follows, and the panel with it), and the extension may go away while the tab
// stays open (everything stops).
import type { CopyAsked, CopyTextRequest, TabCommand } from '../common/messages';
import type { PanelActions, PanelModel } from '../common/model';
import { native } from '../common/native';
import { DEFAULTS, enabled, loadSettings, rememberOriginal, saveSettings } from '../common/settings';
import { needsFallback } from '../core/detect';
import type { Matcher } from '../core/types';
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
/** The corrections, the diagnostics and a refused page's finders, loaded where needed. */
const correctionsHalf = () => import('./corrections-chunk');
/** What a copy needs, loaded at the first copy. */
const copyHalf = () => import('./export-chunk');
/** The picker (隐藏此块), loaded when the reader asks for it. */
const pickerHalf = () => import('./picker-chunk');

export async function start(sheet: PageSheet): Promise<void> {
  const site = location.hostname;
  const [settings] = await Promise.all([loadSettings().catch(() => DEFAULTS), bodyReady(document)]);
  const rules = enabled(settings, MATCHERS);
  const bodyRules = rules.filter((rule) => rule.scope === 'body');
  // Page rules are the stylesheet's, but for the fold: it is opened, not hidden.
  const unfold = rules.filter((rule) => rule.scope === 'page' && rule.action === 'unfold');
  /** The reader's own rules for this site (隐藏此块): hidden by the sheet, taken out by the cleaning. */
  const mine = (user: Matcher[]): Matcher[] => {
    sheet.set(hidingCss([...rules, ...user]));
    return [...unfold, ...user];
  };
  const { userRules } = settings;
  // Only a site where the reader hid something loads their rules' matchers (a small chunk of their own).
  const user = userRules.some((rule) => rule.site === site)
    ? (await import('../core/pick/user-matchers')).userMatchers(userRules, site, document)
    : [];

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
    pageRules: mine(user),
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

  const copy = (format: CopyAsked) => copyHalf().then((half) => half.copy(here, format));
  const copyText = (format: CopyTextRequest['format']) =>
    copyHalf().then((half) => half.copyText(here, format));
  const copyClause: PanelActions['copyClause'] = (clause) =>
    copyHalf().then((half) => half.copyClause(here, clause));
  const toggle = () => {
    session.toggle();
    rememberOriginal(site, !session.model.cleaned).catch(() => {});
  };
  /** What the lazy half needs for the reader's corrections of the detector and the diagnostics. */
  const here: ContentPage = {
    session,
    settings,
    rules: bodyRules,
    scratch: () => panel?.root ?? null,
    analysed: analysedModel,
    follow: () => (panel ? analysedModel() : showPanel()),
  };
  /** Pick a block to hide; with a selector, save the one the reader confirmed. */
  const hide = (selector?: string) =>
    pickerHalf().then((picker) => picker.hideBlock(session, mine, selector));
  const jump = (block: number) => {
    const node = session.blockNode(block);
    if (node) void lazyHalf().then(({ jumpTo }) => jumpTo(node));
  };
  // The commands: the panel opens with the focus in it (Esc gives it back to the page); the original
  // is only switched where there is an article to switch; 隐藏此块 starts in a panel there is.
  const command = async (name: TabCommand) => {
    if (name === 'toggle-original') {
      if (session.isArticle) toggle();
    } else if (name === 'pick-block') await panel?.pick();
    else {
      if (!panel) await showPanel();
      await panel?.show(true);
    }
  };
  ({ publish } = listen(
    {
      model: () => (session.isArticle ? analysedModel() : Promise.resolve(session.model)),
      copy,
      copyText,
      command,
      clicked: (message) => (message.type === 'sina-clean/jump' ? jump(message.block) : toggle()),
      detector: (message) => correctionsHalf().then((half) => half.detectorMessage(message, here)),
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
      correct: (correction) => void correctionsHalf().then((half) => half.correctHere(correction, here)),
      copyDiagnostics: () => correctionsHalf().then((half) => half.copyDiagnostics(here)),
      collapse() {},
      pickBlock: hide,
      confirmBlock: hide,
    };
    try {
      panel = new PanelHost(model, {
        signal: lifetime,
        side: settings.panelSide,
        open: settings.autoOpen && model.result?.document != null,
        actions,
        body: () => session.body,
        // The reader's own open or collapse is the options page's "open by itself" from now on.
        remember: (autoOpen) => saveSettings({ autoOpen }).catch(() => {}),
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
      (await native.storage.local.get(__CLEAN_ANYWAY_KEY__).then(
        (stored) => __CLEAN_ANYWAY_KEY__ in stored,
        () => false,
      ))) &&
    (await (await correctionsHalf()).takeRefusedPage(here))
  )
    await showPanel();
}

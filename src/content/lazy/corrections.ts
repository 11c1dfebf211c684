// The reader's corrections of the detector on this page, loaded when the reader corrects (or on a
// page the detector refused; corrections-chunk.ts): applied
// to the session (the page's cleaning, with its exact undo) and remembered, 仍然净化 per address
// pattern and 这是公文 / 这不是公文 per address (common/overrides.ts); and the messages that ask for
// them or for the diagnostics. The page changes first: a storage that refuses costs the memory of
// the correction, never the correction.
import { isDetectorFromPanel } from '../../common/detector-messages';
import type { DiagnosticsToPanel } from '../../common/messages';
import type { Correction, PanelModel } from '../../common/model';
import type { Overrides } from '../../common/overrides';
import {
  cleanAnywayAt,
  updateOverrides,
  withCleanAnyway,
  withDocumentView,
} from '../../common/overrides-update';
import type { Settings } from '../../common/settings';
import { needsFallback } from '../../core/detect';
import { fallbackBody, mainTextBlock } from '../../core/detect-fallback';
import type { DocumentView, Matcher } from '../../core/types';
import type { Session } from '../session';
import { diagnostics } from './diagnostics';
import { nowStored, overrides } from './stored-overrides';

/** What the page script hands its lazy half: the session, and how to bring the panel along. */
export interface ContentPage {
  session: Session;
  settings: Settings;
  /** The body rules in force, to clean a copied selection as the page was cleaned. */
  rules: readonly Matcher[];
  /** Where the older copy command may put its scratch element (the in-page panel's shadow root). */
  scratch(): ShadowRoot | null;
  /** The model, analysed where the page is an article. */
  analysed(): Promise<PanelModel>;
  /** After a correction: the panel shown (the tab, on a page that had none) and the model analysed again. */
  follow(): Promise<unknown>;
}

const VIEWS: Record<Exclude<Correction, 'clean-anyway' | 'stop-cleaning' | 'undo'>, DocumentView> = {
  'document-on': 'on',
  'document-off': 'off',
  'document-auto': 'auto',
};

/** 仍然净化 with `find` (the main text block), or its undo (null). Returns whether this is an article now. */
function cleanAnyway(session: Session, find: typeof mainTextBlock | null): boolean {
  const { cleaning } = session;
  cleaning.forced = find;
  if (find) cleaning.follow();
  else cleaning.release();
  return session.correct({ ...session.corrections, cleanAnyway: session.isArticle && find !== null });
}

/**
 * A page the detector refused: the fallback for layouts no selector knows, where the metadata says
 * article; else the reader's 仍然净化, where it was chosen for pages like this one. Returns whether
 * the panel should be shown: on an article, and (for 仍然净化) on a page whose metadata says article.
 */
export async function takeRefusedPage(page: ContentPage): Promise<boolean> {
  const { session } = page;
  const metadataSaysArticle = needsFallback(document);
  if (metadataSaysArticle && session.cleaning.useFallback(fallbackBody)) return true;
  const chosen = cleanAnywayAt(await overrides(), location.href) && cleanAnyway(session, mainTextBlock);
  return chosen || metadataSaysArticle;
}

/** Apply `correction` to this page and remember it (or forget it, for the undos); the panel follows. */
export async function correct(asked: Correction, page: ContentPage): Promise<void> {
  const { session } = page;
  // The context menu's 撤销更正: 仍然净化 is taken back first, else the document view.
  const correction =
    asked !== 'undo' ? asked : session.corrections.cleanAnyway ? 'stop-cleaning' : 'document-auto';
  const url = location.href;
  let remember: (all: Overrides) => Overrides;
  if (correction === 'clean-anyway' || correction === 'stop-cleaning') {
    const on = correction === 'clean-anyway';
    // 仍然净化 is for a page the detector refused; its undo for a page it was applied to.
    if (on ? session.isArticle : !session.corrections.cleanAnyway) return;
    // A page without a single sentence has nothing to clean: nothing happens, nothing is remembered.
    if (!cleanAnyway(session, on ? mainTextBlock : null) && on) return;
    remember = (all) => withCleanAnyway(all, url, on);
  } else {
    const view = VIEWS[correction];
    session.correct({ ...session.corrections, documentView: view });
    remember = (all) => withDocumentView(all, url, view);
  }
  // A storage that refuses keeps the corrections read before.
  const before = overrides();
  await Promise.all([nowStored(updateOverrides(remember).catch(() => before)), page.follow()]);
}

/** A correction from the in-page panel: our failure leaves the page as it was and is shown in the panel. */
export const correctHere = (correction: Correction, page: ContentPage): Promise<void> =>
  correct(correction, page).catch((error: unknown) => page.session.fail(error));

/** 复制诊断信息 from the in-page panel. */
export async function copyDiagnostics(page: ContentPage): Promise<void> {
  const model = await page.analysed();
  const [{ writeCopy }, text] = await Promise.all([
    // The copy path comes with the copy half, not with this one.
    import('../../common/clipboard'),
    diagnostics(model, page.session.body, page.settings),
  ]);
  await writeCopy(text, 'diagnostics', page.scratch());
}

/**
 * A message that is not the page script's own (copy, toggle, jump): a correction from the context
 * menu or the side panel, or the side panel's request for the diagnostics (answered with them).
 */
export async function detectorMessage(
  message: unknown,
  page: ContentPage,
): Promise<DiagnosticsToPanel | null> {
  if (!isDetectorFromPanel(message)) throw new Error('not a message of ours');
  if (message.type === 'sina-clean/correct') {
    // Whoever asked (the side panel, the context menu), a failure is the page's to show, in its panel.
    await correctHere(message.correction, page);
    return null;
  }
  const text = await diagnostics(await page.analysed(), page.session.body, page.settings);
  return { type: 'sina-clean/diagnostics', text };
}

// The view model over the page's cleaning: the analysis of the cleaned body (loaded on demand) and
// the PanelModel that the in-page panel and the side panel show. The cleaning itself, with its undo
// and its watch of the page, is page-cleaning.ts; this file only turns its changes into models.

import type { Corrections, PanelModel } from '../common/model';
import type { Analysis, DocumentView, Matcher, PageInfo, Removal } from '../core/types';
import { type CleaningOptions, PageCleaning } from './page-cleaning';
import { toResultData } from './result-data';

export interface SessionOptions extends Omit<CleaningOptions, 'onChange' | 'onFail'> {
  /** Called after every change of the model. */
  onChange(model: PanelModel): void;
}

type Analyse = (
  page: PageInfo,
  body: Element,
  removed: Removal[],
  profile: undefined,
  view: DocumentView,
) => Analysis;

export class Session {
  /** The page's cleaning; the lazy half forces and releases it for 仍然净化 (lazy/corrections.ts). */
  readonly cleaning: PageCleaning;
  private result: Analysis | null = null;
  /** The reader's corrections of the detector here (set by the lazy half), shown with every model. */
  corrections: Corrections = { cleanAnyway: false, documentView: 'auto' };
  model: PanelModel = { status: 'loading', result: null, cleaned: false, error: null };

  constructor(private readonly options: SessionOptions) {
    this.cleaning = new PageCleaning({
      ...options,
      onChange: (stale) => this.changed(stale),
      onFail: (error) => {
        const message = error instanceof Error ? error.message : String(error);
        this.set({ status: 'error', result: null, cleaned: false, error: message });
      },
    });
  }

  get isArticle(): boolean {
    return this.cleaning.page !== null;
  }

  get body(): Element | null {
    return this.cleaning.body;
  }

  /** The analysis of the body as it stands (what a copy is made from); null until it is done. */
  get analysis(): Analysis | null {
    return this.result;
  }

  /** Clean the page (or not, where the user chose the original). Returns whether this is an article. */
  start(showOriginal: boolean): boolean {
    const article = this.cleaning.start(showOriginal);
    if (this.cleaning.failed) return article;
    if (article) this.changed(true);
    else this.set({ status: 'not-article', result: null, cleaned: false, error: null });
    return article;
  }

  toggle(): void {
    this.cleaning.toggle();
  }

  setPageRules(rules: readonly Matcher[]): void {
    this.cleaning.setPageRules(rules);
  }

  /** The reader changed the corrections: publish them, analysing again where the document view changed. */
  correct(next: Corrections): boolean {
    const stale = next.documentView !== this.corrections.documentView;
    this.corrections = next;
    if (this.ready()) this.changed(stale);
    else if (!this.cleaning.failed)
      this.set({ status: 'not-article', result: null, cleaned: false, error: null });
    return this.isArticle;
  }

  /** Our code failed elsewhere (the panel): leave the page as it was and say so. */
  fail(error: unknown): void {
    this.cleaning.fail(error);
  }

  /** Analyse the body as it stands now (loading the analyser the first time) and publish the result. */
  async withAnalysis(load: () => Promise<Analyse>): Promise<PanelModel> {
    if (this.result || !this.ready()) return this.model;
    try {
      const analyse = await load();
      // The body may have been cleaned again meanwhile; the latest state is what counts.
      const { page, body, removed } = this.cleaning;
      if (this.result || !this.ready() || !page || !body) return this.model;
      this.result = analyse(page, body, removed, undefined, this.corrections.documentView);
      this.changed(false);
    } catch (error) {
      this.fail(error);
    }
    return this.model;
  }

  /** The block's element, to scroll to; null where it has left the page. */
  blockNode(index: number): Element | null {
    const node = this.result?.blocks[index]?.node;
    return node?.isConnected ? node : null;
  }

  private ready(): boolean {
    return this.cleaning.page !== null && this.cleaning.body !== null && !this.cleaning.failed;
  }

  /** The cleaning changed; where the body's text did (`stale`), the analysis is out of date. */
  private changed(stale: boolean): void {
    if (stale) this.result = null;
    const result = this.result ? toResultData(this.result) : null;
    this.set({ status: result ? 'ready' : 'loading', result, cleaned: this.cleaning.cleaned, error: null });
  }

  private set(model: PanelModel): void {
    this.model = { ...model, corrections: this.corrections };
    this.options.onChange(this.model);
  }
}

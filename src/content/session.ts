// The page's state: the cleanings applied, the analysis of the cleaned body, and whether the page
// shows the cleaned or the original version. Every change goes through `guard`: an error in our code
// undoes what was applied, takes the hiding sheet off and turns the model to 'error'; nothing
// reaches the page.

import type { PanelModel } from '../common/model';
import { apply, plan } from '../core/clean';
import { detect } from '../core/detect';
import type { Applied, Matcher, PageInfo, Removal, Result } from '../core/types';
import { clearFlash } from './jump';
import { type LateWatch, watchLateBoilerplate } from './late-boilerplate';
import { toResultData } from './result-data';
import type { PageSheet } from './stylesheet';

export interface SessionOptions {
  doc: Document;
  url: string;
  rules: readonly Matcher[];
  sheet: PageSheet;
  /** Called after every change of the model. */
  onChange(model: PanelModel): void;
}

type Analyse = (page: PageInfo, body: Element, removed: Removal[]) => Result;

export class Session {
  private applied: Applied[] = [];
  private removed: Removal[] = [];
  private page: PageInfo | null = null;
  body: Element | null = null;
  private result: Result | null = null;
  private watch: LateWatch | null = null;
  private showOriginal = false;
  model: PanelModel = { status: 'loading', result: null, cleaned: false, error: null };

  constructor(private readonly options: SessionOptions) {}

  private get failed(): boolean {
    return this.model.status === 'error';
  }

  get isArticle(): boolean {
    return this.page !== null;
  }

  /** Clean the body (or not, where the user chose the original). Returns whether this is an article. */
  start(showOriginal: boolean): boolean {
    this.showOriginal = showOriginal;
    this.guard(() => {
      if (this.takeBody()) return;
      this.options.sheet.detach();
      this.set({ status: 'not-article', result: null, cleaned: false, error: null });
    });
    return this.isArticle;
  }

  /**
   * The page changed its tree: where our body has left the page (replaced by the page's script) or
   * there was none yet (the article arrives late), find the body again and clean it afresh.
   */
  follow(): void {
    if (!this.failed && !this.body?.isConnected) this.guard(() => this.takeBody());
  }

  /** Stop watching the page (the extension is gone); the page keeps what it shows. */
  stop(): void {
    this.watch?.stop();
  }

  /** Detect the page; where it has an article body, make it ours: clean it (unless showing the original). */
  private takeBody(): boolean {
    const { page, body } = detect(this.options.doc, this.options.url);
    if (page.kind !== 'article' || !body) return false;
    // A body that left the page took the nodes we removed from it: nothing there to undo any more.
    this.watch?.stop();
    this.applied = [];
    this.removed = [];
    this.result = null;
    this.page = page;
    this.body = body;
    if (this.showOriginal) {
      this.options.sheet.detach();
    } else {
      this.options.sheet.attach();
      this.cleanBody();
    }
    this.set({ ...this.model, status: 'loading', result: null, cleaned: !this.showOriginal });
    this.watch = watchLateBoilerplate(body, () => this.recleanLate());
    return true;
  }

  /** Analyse the body as it stands now (loading the analyser the first time) and publish the result. */
  async analyse(load: () => Promise<Analyse>): Promise<PanelModel> {
    if (this.result || !this.page || !this.body || this.failed) return this.model;
    try {
      const analyse = await load();
      // The body may have been cleaned again meanwhile; the latest state is what counts.
      if (this.result || !this.page || !this.body || this.failed) return this.model;
      this.result = analyse(this.page, this.body, this.removed);
      this.set({ ...this.model, status: 'ready', result: toResultData(this.result) });
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

  /** Switch between cleaned and original. */
  toggle(): void {
    if (!this.isArticle || this.failed) return;
    this.showOriginal = this.model.cleaned;
    if (this.model.cleaned) this.guard(() => this.restore());
    else
      this.guard(() => {
        this.options.sheet.attach();
        this.cleanBody();
        this.set({ ...this.model, cleaned: true });
      });
  }

  /** Apply the rules to the body; what was analysed before is stale if anything was taken. */
  private cleanBody(): void {
    if (!this.body) return;
    const steps = plan(this.body, this.options.rules);
    if (steps.length === 0) return;
    const applied = this.watch ? this.watch.quietly(() => apply(steps)) : apply(steps);
    this.applied.push(applied);
    this.removed = addUp(this.removed, applied.removed);
    this.result = null;
    this.model = { ...this.model, status: 'loading', result: null };
  }

  /** Put back every node we took, newest first: the page's HTML is then what it was. */
  private restore(): void {
    clearFlash();
    const undo = () => {
      for (let applied = this.applied.pop(); applied; applied = this.applied.pop()) applied.undo();
    };
    if (this.watch) this.watch.quietly(undo);
    else undo();
    this.removed = [];
    this.options.sheet.detach();
    this.set({ ...this.model, cleaned: false });
  }

  /**
   * The page added nodes to the body: clean what is boilerplate among them (while cleaned), and
   * analyse again, since the article's text itself may be what arrived.
   */
  private recleanLate(): void {
    if (this.failed) return;
    this.guard(() => {
      if (this.model.cleaned) this.cleanBody();
      this.result = null;
      this.set({ ...this.model, status: 'loading', result: null });
    });
  }

  private set(model: PanelModel): void {
    this.model = model;
    this.options.onChange(model);
  }

  /** Run `fn`; on any error leave the page as it was and say so in the model. */
  guard(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.fail(error);
    }
  }

  fail(error: unknown): void {
    try {
      this.watch?.stop();
      clearFlash();
      for (let applied = this.applied.pop(); applied; applied = this.applied.pop()) applied.undo();
      this.options.sheet.detach();
    } catch {
      // Undo itself failed: nothing more we can safely do to the page.
    }
    const message = error instanceof Error ? error.message : String(error);
    this.set({ status: 'error', result: null, cleaned: false, error: message });
  }
}

/** Removal counts of several cleanings, summed by rule, in order of first appearance. */
function addUp(a: readonly Removal[], b: readonly Removal[]): Removal[] {
  const counts = new Map<string, number>();
  for (const { rule, count } of [...a, ...b]) counts.set(rule, (counts.get(rule) ?? 0) + count);
  return Array.from(counts, ([rule, count]) => ({ rule, count }));
}

// Cleaning the page's article body, apart from any view of it: which body is ours, the stack of
// cleanings applied to it (undone exactly, newest first), and whether the page shows the cleaned or
// the original version. It follows the page through the one watcher (page-watch.ts). Every change
// goes through `guard`: an error in our code undoes what was applied, takes the hiding sheet off and
// is reported; nothing reaches the page.

import { apply, plan } from '../core/clean';
import { type FindBody, identify } from '../core/detect';
import type { Applied, Matcher, PageInfo, Removal } from '../core/types';
import { clearFlash } from './flash-mark';
import { type PageWatch, watchPage } from './page-watch';
import type { PageSheet } from './stylesheet';

export interface CleaningOptions {
  doc: Document;
  url: string;
  rules: readonly Matcher[];
  /**
   * Rules that act on the whole page, not the body (the mobile fold: its cap sits on the card
   * around the body, its mask beside it), applied and undone with the body's cleaning.
   */
  pageRules?: readonly Matcher[];
  sheet: PageSheet;
  /** The script's lifetime: the watching of the page stops when it ends. */
  signal: AbortSignal;
  /** After each change made after `start`; `stale`: the body's text changed, an analysis of it is old. */
  onChange(stale: boolean): void;
  /** Our code failed; the page is back as it was. */
  onFail(error: unknown): void;
  /** An article arrived late or replaced the one there was (after onChange). */
  onArticle?(): void;
  /** Asked before reacting to the page (the extension may have gone meanwhile). */
  alive?(): boolean;
}

export class PageCleaning {
  page: PageInfo | null = null;
  body: Element | null = null;
  /** What the cleanings of the current body took, summed by rule. */
  removed: Removal[] = [];
  /** Does the page show the cleaned version? */
  cleaned = false;
  failed = false;
  private applied: Applied[] = [];
  private showOriginal = false;
  private watch: PageWatch | null = null;
  /** The body finder for layouts no selector knows, once the lazy half has brought it. */
  private fallback: FindBody | null = null;
  /** The reader's 仍然净化 (set by the lazy half, then `follow`): the body finder that overrules the detector's "not an article". */
  forced: FindBody | null = null;

  constructor(private readonly options: CleaningOptions) {}

  /** Clean the body (or not, where the user chose the original) and watch the page. Returns whether this is an article. */
  start(showOriginal: boolean): boolean {
    this.showOriginal = showOriginal;
    this.guard(() => {
      if (!this.takeBody()) this.options.sheet.detach();
      this.watch = watchPage(this.options.doc, this.options.signal, (records) => this.pageChanged(records));
    });
    return this.page !== null;
  }

  /**
   * The page changed its tree: where our body has left the page (replaced by the page's script) or
   * there was none yet (the article arrives late), find the body again and clean it afresh.
   */
  follow(): void {
    if (this.failed || this.body?.isConnected) return;
    this.guard(() => {
      if (this.takeBody()) this.options.onChange(true);
    });
  }

  /** Look again with the fallback for unknown layouts (loaded lazily). Returns whether this is an article now. */
  useFallback(find: FindBody): boolean {
    this.fallback = find;
    this.follow();
    return this.page !== null;
  }

  /**
   * New page rules (the reader hid a block): a cleaned page is restored and cleaned again with them,
   * so the stack of what was taken, and with it 显示原文, stay exact.
   */
  setPageRules(rules: readonly Matcher[]): void {
    this.options.pageRules = rules;
    if (this.cleaned) {
      this.toggle();
      this.toggle();
    }
  }

  /** Undo 仍然净化 (with `forced` taken off first): the page exactly as it was, and no longer taken for an article. */
  release(): void {
    this.guard(() => {
      this.restore();
      this.page = this.body = null;
    });
  }

  /** Switch between cleaned and original. */
  toggle(): void {
    if (!this.page || this.failed) return;
    this.showOriginal = this.cleaned;
    this.guard(() => {
      if (this.cleaned) {
        this.restore();
        this.options.onChange(false);
      } else {
        this.options.sheet.attach();
        const took = this.cleanBody();
        this.cleaned = true;
        this.options.onChange(took);
      }
    });
  }

  /** Run `fn`; on any error leave the page as it was and report it. */
  guard(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.fail(error);
    }
  }

  fail(error: unknown): void {
    this.failed = true;
    try {
      this.watch?.stop();
      clearFlash();
      for (let applied = this.applied.pop(); applied; applied = this.applied.pop()) applied.undo();
      this.options.sheet.detach();
    } catch {
      // Undo itself failed: nothing more we can safely do to the page.
    }
    this.cleaned = false;
    this.options.onFail(error);
  }

  /** Detect the page; where it has an article body, make it ours: clean it (unless showing the original). */
  private takeBody(): boolean {
    const { forced } = this;
    const { page, body } = identify(this.options.doc, this.options.url, forced ?? this.fallback, !!forced);
    if (page.kind !== 'article' || !body) return false;
    // A body that left the page took the nodes we removed from it: nothing there to undo any more.
    this.applied = [];
    this.removed = [];
    this.page = page;
    this.body = body;
    this.cleaned = !this.showOriginal;
    if (this.showOriginal) this.options.sheet.detach();
    else {
      this.options.sheet.attach();
      this.cleanBody();
    }
    return true;
  }

  /**
   * The page added nodes: an article that arrived or replaced ours is followed; nodes added inside
   * our body are re-cleaned. Returns whether it acted.
   */
  private pageChanged(records: readonly MutationRecord[]): boolean {
    if (this.failed || this.options.alive?.() === false) return false;
    const body = this.body;
    if (!body?.isConnected) {
      this.follow();
      if (this.body === body || !this.page) return false;
      this.options.onArticle?.();
      return true;
    }
    if (!records.some((record) => record.addedNodes.length > 0 && body.contains(record.target))) return false;
    // Clean what is boilerplate among them (while cleaned); the article's own text may be what arrived.
    this.guard(() => {
      if (this.cleaned) this.cleanBody();
      this.options.onChange(true);
    });
    return true;
  }

  /** Apply the rules to the body (and the page rules to the page). Returns whether anything was taken. */
  private cleanBody(): boolean {
    if (!this.body) return false;
    const { doc, rules, pageRules } = this.options;
    const steps = plan(this.body, rules);
    // A page rule that would take the article body (or what holds it) leaves that to the stylesheet.
    const body = this.body;
    if (pageRules?.length && doc.body)
      steps.push(
        ...plan(doc.body, pageRules).filter((step) => step.action !== 'remove' || !step.node.contains(body)),
      );
    if (steps.length === 0) return false;
    const applied = this.watch ? this.watch.quietly(() => apply(steps)) : apply(steps);
    this.applied.push(applied);
    this.removed = addUp(this.removed, applied.removed);
    return true;
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
    this.cleaned = false;
    this.options.sheet.detach();
  }
}

/** Removal counts of several cleanings, summed by rule, in order of first appearance. */
function addUp(a: readonly Removal[], b: readonly Removal[]): Removal[] {
  const counts = new Map<string, number>();
  for (const { rule, count } of [...a, ...b]) counts.set(rule, (counts.get(rule) ?? 0) + count);
  return Array.from(counts, ([rule, count]) => ({ rule, count }));
}

// The in-page panel's host: one element at the end of <html>, outside the page's body so the page's own
// scripts rarely touch it, with an open shadow root that isolates styles both ways. The Preact panel is
// imported (through the lazy half, analysis-chunk.ts) only when it is shown: open at once on document
// pages, and on ordinary articles only when the user opens the small tab that this file draws by itself
// (a few hundred bytes). The panel never covers the article's text by itself (panel-room.ts measures):
// it opens beside the text column where there is room, or where a fluid page can be narrowed to make
// room and still leave a readable column; elsewhere it stays a slim tab, and where the text runs to the
// window's edge the page is narrowed by the tab's width. The page is narrowed by a margin on <html> in
// a constructed sheet, no part of the page's HTML. This is done again when the window is resized. Where
// the reader opens the tab without room, the panel lies over the page until they collapse it: an
// overlay they asked for.

import { TAB_WORDS, uiLang } from '../common/lang';
import type { MountedPanel, PanelActions, PanelModel, PanelSide } from '../common/model';
import { HOST_CSS } from './host.css';
import { freeBeside, MIN_TEXT_EM, PANEL_ROOM_EM, TAB_ROOM_EM } from './panel-room';
import { type PageSheet, pageSheet } from './stylesheet';

const HOST_TAG = 'sina-clean-root';

export interface PanelHostOptions {
  /** The script's lifetime: the host takes itself off the page when it ends. */
  signal: AbortSignal;
  side: PanelSide;
  /** Open by itself where there is room beside the text (else the tab). */
  open: boolean;
  actions: PanelActions;
  /** The article body, whose text the panel must not cover. */
  body(): Element | null;
  /** The reader opened (true) or collapsed (false) the panel: remembered for the next page. */
  remember(open: boolean): void;
  /** Runs (with the panel's code loading alongside) before the panel is first shown: the analysis. */
  beforeShow(): Promise<unknown>;
  /** The panel's code failed to load or mount. */
  onError(error: unknown): void;
}

export class PanelHost {
  readonly root: ShadowRoot;
  private readonly host: HTMLElement;
  private mounted: MountedPanel | null = null;
  private loading: Promise<void> | null = null;
  private tab: HTMLElement | null = null;
  /** Shown as a tab (the host's own or the panel's), not as the panel. */
  private collapsed = true;
  /** Open where there is room: the page asked for it, or the reader did. */
  private wanted: boolean;
  /** Opened by the reader where there was no room: it lies over the text until they collapse it. */
  private overlay = false;
  /** The margin, in em, that the page is narrowed by on our side, and its sheet. */
  private reserved = 0;
  private margin: PageSheet | null = null;

  constructor(
    private model: PanelModel,
    private readonly options: PanelHostOptions,
  ) {
    // A host left by an earlier copy of this script (the extension was updated while the tab stayed
    // open) would be a second panel whose buttons reach nobody.
    document.querySelector(HOST_TAG)?.remove();
    this.host = document.createElement(HOST_TAG);
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = HOST_CSS;
    this.root.append(style);
    document.documentElement.append(this.host);
    options.signal.addEventListener('abort', () => this.remove(), { once: true });
    this.wanted = options.open;
    let frame = 0;
    addEventListener(
      'resize',
      () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => this.layout());
      },
      { signal: options.signal },
    );
    this.drawTab();
  }

  update(model: PanelModel): void {
    this.model = model;
    this.mounted?.update(model);
  }

  /** Load the panel (first time) and open it; with `focus` (a keyboard command), move the focus into it. */
  show(focus = false): Promise<void> {
    this.collapsed = false;
    if (this.mounted) {
      this.mounted.open(focus);
      return Promise.resolve();
    }
    const { actions } = this.options;
    this.loading ??= Promise.all([
      import('./analysis-chunk').then((half) => half.panelIn()),
      this.options.beforeShow(),
    ]).then(([mountPanel]) => {
      this.mounted = mountPanel(
        this.root,
        this.model,
        {
          ...actions,
          collapse: () => {
            this.chosen(false);
            actions.collapse?.();
          },
          opened: () => this.chosen(true),
        },
        { side: this.options.side, inPage: true, collapsed: this.collapsed },
      );
      this.tab?.remove();
      this.tab = null;
    });
    return this.loading.then(
      () => this.mounted?.open(focus),
      (error: unknown) => {
        this.loading = null;
        this.options.onError(error);
      },
    );
  }

  /** Open the panel and start 隐藏此块 there (from the context menu or the shortcut). */
  async pick(): Promise<void> {
    await this.show();
    this.mounted?.pick?.();
  }

  remove(): void {
    this.mounted?.unmount();
    this.host.remove();
    this.margin?.detach();
  }

  /**
   * The reader's own open or collapse (a click, a shortcut): what they want here, and next time.
   * Opened where there is no room, the panel lies over the page.
   */
  chosen(open: boolean): void {
    this.wanted = open;
    this.overlay = false;
    if (!open) this.collapsed = true; // the panel has collapsed itself
    this.options.remember(open);
    this.layout();
    // No room beside the text: the panel the reader asked for lies over the page.
    if (open && this.collapsed) {
      this.overlay = true;
      void this.show();
    }
  }

  /** After a resize or the reader's choice: the panel beside the text where there is room, else the tab. */
  private layout(): void {
    if (this.overlay) return;
    const text = this.options.body();
    const em = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    const free = () =>
      text ? freeBeside(text, this.options.side, em, this.reserved * em) : Number.POSITIVE_INFINITY;
    // What the page leaves free without our margin (less, where the margin moved nothing).
    const natural = free() - this.reserved;
    let room = natural >= PANEL_ROOM_EM;
    if (room) this.reserve(0, em);
    else if (this.wanted && innerWidth / em >= PANEL_ROOM_EM + MIN_TEXT_EM) {
      this.reserve(PANEL_ROOM_EM, em);
      room = free() >= PANEL_ROOM_EM;
    }
    const open = this.wanted && room;
    if (!open) this.reserve(natural < TAB_ROOM_EM ? TAB_ROOM_EM : 0, em);
    if (open && this.collapsed) void this.show();
    else if (!open && !this.collapsed) {
      this.collapsed = true;
      this.mounted?.collapse();
    }
  }

  /** Narrows the page by `amount` em on our side (0: gives it its whole width back). */
  private reserve(amount: number, em: number): void {
    if (amount === this.reserved) return;
    this.reserved = amount;
    this.margin ??= pageSheet(document, '');
    this.margin.set(`html{margin-${this.options.side}:${amount * em}px!important}`);
    if (amount) this.margin.attach();
    else this.margin.detach();
  }

  /** The collapsed tab, before the panel's code is loaded; the panel draws its own tab afterwards. */
  private drawTab(): void {
    const words = TAB_WORDS[uiLang()];
    const aside = document.createElement('aside');
    aside.setAttribute('aria-label', words.name);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `tab ${this.options.side}`;
    button.textContent = words.tab;
    button.setAttribute('aria-label', words.open);
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('click', () => this.chosen(true));
    aside.append(button);
    this.root.append(aside);
    this.tab = aside;
    this.layout();
  }
}

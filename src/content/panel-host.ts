// The in-page panel's host: one element at the end of <html>, outside the page's body so the page's
// own scripts rarely touch it, with an open shadow root that isolates styles both ways. The Preact
// panel is imported only when it is shown: open at once on document pages, and on ordinary articles
// only when the user opens the small tab that this file draws by itself (a few hundred bytes).

import { TAB_WORDS, uiLang } from '../common/lang';
import type { MountedPanel, PanelActions, PanelModel, PanelSide } from '../common/model';

const HOST_TAG = 'sina-clean-root';

/** The host's own box: nothing of the page's CSS reaches into the shadow root, and :host !important wins. */
const HOST_CSS = `
:host { all: initial !important; display: contents !important; }
.tab {
  all: initial; position: fixed; top: 40vh; z-index: 2147483647; writing-mode: vertical-rl;
  padding: 0.75em 0.375em; background: #b7410e; color: #fff; font: 700 medium/1.5 system-ui, sans-serif;
  letter-spacing: 0.1em; cursor: pointer; box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.2);
}
.tab:focus-visible { outline: 0.1875em solid #0b57d0; outline-offset: 0.125em; }
.right { right: 0; } .left { left: 0; }
@media (max-width: 30em) { .tab { padding: 0.75em 0.625em; } }
`;

export interface PanelHostOptions {
  /** The script's lifetime: the host takes itself off the page when it ends. */
  signal: AbortSignal;
  side: PanelSide;
  open: boolean;
  actions: PanelActions;
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
    if (options.open) void this.show();
    else this.drawTab();
  }

  update(model: PanelModel): void {
    this.model = model;
    this.mounted?.update(model);
  }

  /** Load the panel (first time) and open it; with `focus` (a keyboard command), move the focus into it. */
  show(focus = false): Promise<void> {
    this.loading ??= Promise.all([import('../panel/mount'), this.options.beforeShow()]).then(
      ([{ mountPanel }]) => {
        this.mounted = mountPanel(this.root, this.model, this.options.actions, {
          side: this.options.side,
          inPage: true,
        });
        this.tab?.remove();
        this.tab = null;
      },
    );
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
    button.addEventListener('click', () => {
      void this.show();
    });
    aside.append(button);
    this.root.append(aside);
    this.tab = aside;
  }
}

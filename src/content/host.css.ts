// The panel host's own stylesheet, in its shadow root: the page's CSS reaches nothing inside, and
// :host !important wins over the page's rules for the host element; the small tab that the host draws
// before the panel's code loads. Minified at build time (vite.config.ts), as the page loads it.
export const HOST_CSS = `
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

// The panel's stylesheet, injected as one <style> element next to the panel (inside the shadow root in
// the page). Every class is prefixed `sc-`; sizes are in em, relative to the root's own `medium` font size,
// because Sina's mobile pages set the page's rem to odd values. Light and dark via prefers-color-scheme.
export const PANEL_CSS = `
.sc-root {
  all: initial;
  display: block;
  --sc-bg: #ffffff;
  --sc-fg: #1d1d1f;
  --sc-muted: #5c5c66;
  --sc-line: #d4d4da;
  --sc-soft: #f5f5f7;
  --sc-accent: #b7410e;
  --sc-on-accent: #ffffff;
  --sc-accent-soft: #fff1e8;
  --sc-accent-text: #9a3412;
  --sc-warn-bg: #fff4d6;
  --sc-warn-fg: #7a4a00;
  --sc-error: #b3261e;
  --sc-focus: #0b57d0;
  color-scheme: light;
  font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
    "WenQuanYi Micro Hei", sans-serif;
  font-size: medium;
  line-height: 1.5;
  color: var(--sc-fg);
  text-align: start;
  overflow-wrap: anywhere;
}
@media (prefers-color-scheme: dark) {
  .sc-root {
    --sc-bg: #1e1f22;
    --sc-fg: #ececef;
    --sc-muted: #b4b4bb;
    --sc-line: #45464d;
    --sc-soft: #2a2b2f;
    --sc-accent: #ff8a4c;
    --sc-on-accent: #1e1f22;
    --sc-accent-soft: #3a2418;
    --sc-accent-text: #ffb48a;
    --sc-warn-bg: #3d2a14;
    --sc-warn-fg: #ffd28a;
    --sc-error: #ff9c8a;
    --sc-focus: #8ab4f8;
    color-scheme: dark;
  }
}
.sc-root *, .sc-root *::before, .sc-root *::after { box-sizing: border-box; }
.sc-root :focus-visible { outline: 0.1875em solid var(--sc-focus); outline-offset: 0.125em; }

.sc-inpage { position: fixed; top: min(4em, 6vh); z-index: 2147483647; }
.sc-right { right: 0.75em; }
.sc-left { left: 0.75em; }
.sc-inpage .sc-panel {
  width: min(24em, calc(100vw - 1.5em));
  max-height: calc(100vh - min(4em, 6vh) - 0.75em);
  overflow: auto;
  overscroll-behavior: contain;
  border: 1px solid var(--sc-line);
  border-radius: 0.75em;
  box-shadow: 0 0.5em 2em rgb(0 0 0 / 0.18);
}
.sc-fill { min-height: 100vh; background: var(--sc-bg); }
.sc-panel { background: var(--sc-bg); padding: 0.75em 1em 1em; }

.sc-collapsed.sc-right { right: 0; }
.sc-collapsed.sc-left { left: 0; }
.sc-collapsed { top: 40vh; }
.sc-tab {
  writing-mode: vertical-rl;
  padding: 0.75em 0.375em;
  border: 1px solid var(--sc-accent);
  background: var(--sc-accent);
  color: var(--sc-on-accent);
  font: inherit;
  font-weight: 700;
  letter-spacing: 0.1em;
  cursor: pointer;
  box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.2);
}
.sc-right .sc-tab { border-radius: 0.5em 0 0 0.5em; }
.sc-left .sc-tab { border-radius: 0 0.5em 0.5em 0; }

.sc-head {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 0.5em;
  padding-bottom: 0.5em;
  margin-bottom: 0.75em;
  border-bottom: 1px solid var(--sc-line);
}
.sc-brand { display: flex; align-items: center; gap: 0.5em; margin: 0; font-weight: 700; }
.sc-logo {
  display: inline-block;
  width: 1.5em;
  line-height: 1.5em;
  border-radius: 0.375em;
  background: var(--sc-accent);
  color: var(--sc-on-accent);
  text-align: center;
}
.sc-root p, .sc-root ul, .sc-root dl, .sc-root dd { margin: 0; }
.sc-root ul { padding: 0; list-style: none; }
.sc-section { margin-top: 1em; }
.sc-copy + .sc-section { margin-top: 0.25em; }
.sc-title { margin: 0.25em 0 0.75em; font-size: 1.125em; line-height: 1.4; font-weight: 700; }
.sc-h3 { margin: 1em 0 0.375em; font-size: 0.9375em; font-weight: 700; color: var(--sc-fg); }
.sc-headline { margin-bottom: 0.25em; }
.sc-small { font-size: 0.875em; font-weight: 400; color: var(--sc-muted); }
.sc-strong { font-weight: 700; }
.sc-vh {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
}

.sc-button {
  font: inherit;
  font-size: 0.9375em;
  line-height: 1.4;
  padding: 0.375em 0.75em;
  border: 1px solid var(--sc-line);
  border-radius: 0.5em;
  background: var(--sc-soft);
  color: var(--sc-fg);
  cursor: pointer;
}
.sc-button:hover { border-color: var(--sc-accent); }
.sc-button[aria-pressed="true"] { border-color: var(--sc-accent); background: var(--sc-accent-soft); font-weight: 700; }
.sc-primary { background: var(--sc-accent); border-color: var(--sc-accent); color: var(--sc-on-accent); font-weight: 700; }
.sc-quiet { background: transparent; font-size: 0.875em; padding: 0.25em 0.625em; }
.sc-link {
  font: inherit;
  font-size: 0.875em;
  padding: 0.125em 0.25em;
  border: 0;
  background: none;
  color: var(--sc-accent-text);
  text-decoration: underline;
  cursor: pointer;
}
/* A heading that opens its section (the corrections): the heading's own size, so that it stays a touch target. */
.sc-h3 .sc-link { font-size: inherit; padding: 0; }
.sc-row { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0.5em; }
.sc-row .sc-h3 { margin-bottom: 0.25em; }

.sc-badges { display: flex; flex-wrap: wrap; gap: 0.375em; }
.sc-badge {
  display: inline-block;
  padding: 0.125em 0.625em;
  border-radius: 1em;
  background: var(--sc-accent-soft);
  color: var(--sc-accent-text);
  font-size: 0.8125em;
  font-weight: 700;
}
.sc-warn { background: var(--sc-warn-bg); color: var(--sc-warn-fg); border: 1px solid currentColor; }

.sc-copy-buttons { display: flex; flex-wrap: wrap; gap: 0.5em; }
.sc-cite-formats { border: 0; margin: 0.5em 0 0; padding: 0; min-width: 0; }
.sc-status { min-height: 1.5em; margin-top: 0.25em; font-size: 0.875em; color: var(--sc-accent-text); }
.sc-status-error { color: var(--sc-error); font-weight: 700; }

.sc-meta { width: 100%; border-collapse: collapse; font-size: 0.9375em; color: var(--sc-fg); }
.sc-meta th, .sc-meta td { padding: 0.3125em 0; border-bottom: 1px solid var(--sc-line); vertical-align: top; text-align: start; }
.sc-meta th { padding-inline-end: 0.75em; font-weight: 400; color: var(--sc-muted); white-space: nowrap; }
.sc-missing { color: var(--sc-muted); }
.sc-provenance { margin: 0 0 0.5em; font-size: 0.875em; color: var(--sc-muted); }

.sc-outline-list .sc-outline-list { padding-inline-start: 1.25em; }
.sc-clause-row { display: flex; align-items: flex-start; gap: 0.125em; }
.sc-disclosure, .sc-disclosure-gap { flex: none; width: 1.75em; }
.sc-disclosure {
  font: inherit;
  line-height: 1.5;
  padding: 0.25em 0;
  border: 0;
  border-radius: 0.375em;
  background: none;
  color: var(--sc-muted);
  cursor: pointer;
}
.sc-clause-button {
  flex: 1;
  min-width: 0;
  font: inherit;
  font-size: 0.9375em;
  text-align: start;
  padding: 0.25em 0.375em;
  border: 0;
  border-radius: 0.375em;
  background: none;
  color: var(--sc-fg);
  cursor: pointer;
}
.sc-clause-button:hover, .sc-disclosure:hover { background: var(--sc-soft); }
.sc-clause-button[aria-current] { background: var(--sc-accent-soft); color: var(--sc-accent-text); }
.sc-clause-copy {
  flex: none;
  font: inherit;
  padding: 0.25em 0.375em;
  border: 0;
  border-radius: 0.375em;
  background: none;
  color: var(--sc-muted);
  cursor: pointer;
}
.sc-clause-copy:hover { background: var(--sc-soft); }
.sc-copy-icon { display: inline-block; position: relative; width: 0.875em; height: 0.875em; }
.sc-copy-icon::before, .sc-copy-icon::after {
  content: '';
  position: absolute;
  width: 0.5625em;
  height: 0.5625em;
  border: 0.09375em solid currentColor;
  border-radius: 0.125em;
}
.sc-copy-icon::before { top: 0; left: 0; }
.sc-copy-icon::after { bottom: 0; right: 0; background: var(--sc-bg); }
.sc-clause-label { font-weight: 700; margin-inline-end: 0.25em; }

.sc-list li { padding: 0.125em 0; font-size: 0.9375em; }
.sc-facts { display: grid; grid-template-columns: auto 1fr; gap: 0.25em 0.75em; font-size: 0.9375em; }
.sc-facts dt { color: var(--sc-muted); }
.sc-removed { margin-bottom: 0.75em; }
.sc-removed li { padding: 0.125em 0; font-size: 0.9375em; }
.sc-count { color: var(--sc-muted); }
.sc-reason { display: block; font-size: 0.8125em; color: var(--sc-muted); }
.sc-notice { padding: 0.75em; border-radius: 0.5em; background: var(--sc-soft); }
.sc-error { border-inline-start: 0.25em solid var(--sc-error); }

/*
 * A narrow screen (a phone, Firefox for Android): the in-page panel is a bottom sheet over the lower
 * part of the page, full width, at most 60% of the height so the article stays in view above it, and
 * scrolling inside itself. Its header (with 收起, which dismisses it to the tab) stays in view while
 * it scrolls. Every control is at least 44 px each way (at the default font size), the touch target
 * that Apple's and WCAG 2.5.5's guidance name: 3.15em of the smallest control font here (0.875em).
 * 30em in a media query is 480 px at the default font size (it does not follow the page's CSS).
 */
@media (max-width: 30em) {
  .sc-inpage:not(.sc-collapsed) { top: auto; right: 0; bottom: 0; left: 0; }
  .sc-inpage .sc-panel {
    width: 100%;
    /* dvh: the height with the phone browser's own bars as they are now (Chrome 108+, Firefox 101+). */
    max-height: 60dvh;
    padding-bottom: max(1em, env(safe-area-inset-bottom));
    border-width: 1px 0 0;
    border-radius: 1em 1em 0 0;
    box-shadow: 0 -0.5em 2em rgb(0 0 0 / 0.25);
  }
  .sc-inpage .sc-head { position: sticky; top: -0.75em; z-index: 1; padding-top: 0.5em; background: var(--sc-bg); }
  .sc-inpage :is(button, select, summary, a[href]) { min-width: 3.15em; min-height: 3.15em; }
  .sc-inpage .sc-tab { padding: 0.75em 0.625em; }
}
@media (forced-colors: active) {
  .sc-clause-button, .sc-disclosure, .sc-clause-copy, .sc-link { border: 1px solid ButtonText; }
}
`;

// Mounts the panel into a host: the open shadow root that the content script made (in the page) or an
// element of the side panel's page. The panel's stylesheet goes in as a <style> element next to it, so
// inside a shadow root the styles are isolated both ways; no style attribute is ever set.
import { render } from 'preact';
import { type Lang, uiLang } from '../common/lang';
import type { MountedPanel, PanelActions, PanelModel, PanelSide } from '../common/model';
import { Panel } from './Panel';
import { PANEL_CSS } from './panel.css';
import { loadStrings, type Strings } from './strings';
import { visibleModel } from './visible-text';

export { Panel } from './Panel';

/** Where the panel stands. */
export interface PanelPlace {
  side: PanelSide;
  inPage: boolean;
  /** In-page only: start as the small tab instead of open. Default false. */
  collapsed?: boolean;
}

export interface MountOptions extends PanelPlace {
  /** The table of the UI's language (strings.ts). */
  words: Strings;
}

type Mount = (
  host: ShadowRoot | HTMLElement,
  model: PanelModel,
  actions: PanelActions,
  place: PanelPlace,
) => MountedPanel;

/**
 * The panel's mount in `lang` (by default the UI's: Chinese where the browser's language is, else
 * English), once that language's words are loaded: only one table loads, beside the panel's code.
 */
export async function panelIn(lang: Lang = uiLang()): Promise<Mount> {
  const words = await loadStrings(lang);
  return (host, model, actions, place) => mountPanel(host, model, actions, { ...place, words });
}

/**
 * A page whose CSP has no 'unsafe-inline' for styles may block the <style> element (its `sheet` stays
 * null; Chrome exempts content scripts, other contexts may not). Then the same CSS goes in as a
 * constructed stylesheet, which CSP does not govern. Returns how to take it out again.
 */
function adoptWhereBlocked(host: ShadowRoot | HTMLElement, style: HTMLStyleElement): (() => void) | null {
  if (style.sheet || !style.isConnected) return null;
  const target = 'adoptedStyleSheets' in host ? host : host.ownerDocument;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PANEL_CSS);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return () => {
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    return null; // no constructable stylesheets here (or not from this world): the panel stays unstyled
  }
}

export function mountPanel(
  host: ShadowRoot | HTMLElement,
  model: PanelModel,
  actions: PanelActions,
  options: MountOptions,
): MountedPanel {
  const doc = host.ownerDocument ?? document;
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const container = doc.createElement('div');
  host.append(style, container);
  const adopted = adoptWhereBlocked(host, style);

  let current = visibleModel(model);
  let collapsed = options.inPage && options.collapsed === true;
  let mounted = true;
  // Where the focus was when a keyboard command opened the panel, and how often one asked for it.
  let returnTo: Element | null = null;
  let focusRequests = 0;
  const ours = host instanceof HTMLElement ? host : host.host;
  let pickRequest = 0;

  const draw = () => {
    if (!mounted) return;
    render(
      <Panel
        model={current}
        actions={actions}
        words={options.words}
        inPage={options.inPage}
        side={options.side}
        collapsed={collapsed}
        focusRequests={focusRequests}
        returnFocus={() => {
          const target = returnTo;
          returnTo = null;
          if (!target?.isConnected) return false;
          // The page's body is where the focus was when nothing had it: it falls back there.
          if (target instanceof HTMLElement) target.focus();
          return true;
        }}
        pickRequest={pickRequest}
        onCollapse={() => {
          collapsed = true;
          draw();
          actions.collapse?.();
        }}
        onOpen={() => {
          collapsed = false;
          draw();
          actions.opened?.();
        }}
      />,
      container,
    );
  };
  draw();

  return {
    update(next) {
      current = visibleModel(next);
      draw();
    },
    open(focus = false) {
      if (focus) {
        // A second command while the focus is already in the panel keeps the first place to go back to.
        const active = doc.activeElement;
        if (!active || !ours.contains(active)) returnTo = active;
        focusRequests++;
      }
      collapsed = false;
      draw();
    },
    pick() {
      collapsed = false;
      pickRequest++;
      draw();
    },
    collapse() {
      collapsed = true;
      draw();
    },
    unmount() {
      if (!mounted) return;
      render(null, container);
      mounted = false;
      container.remove();
      style.remove();
      adopted?.();
    },
  };
}

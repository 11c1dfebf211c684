// The page-wide hiding stylesheet, built from the rule table: page-scope rules and the body rules
// that remove by selector, all `display:none !important`, so boilerplate is hidden before first
// paint. It is a constructed sheet in `document.adoptedStyleSheets`: it takes no place in the DOM,
// so the page's HTML stays exactly the page's, and it is taken off whole when the user shows the
// original. Unwrap rules are never hidden: their nodes hold words of the article.
import type { Matcher } from '../core/types';

/** CSS hiding what `rules` take by selector. Text and comment rules need the DOM, not CSS. */
export function hidingCss(rules: readonly Matcher[]): string {
  return rules
    .filter((rule) => rule.action === 'remove' && rule.selectors?.length)
    .map((rule) => `${rule.selectors?.join()}{display:none!important}`)
    .join('');
}

/** A sheet that can be put on the document and taken off again. */
export interface PageSheet {
  set(css: string): void;
  attach(): void;
  detach(): void;
}

/**
 * A constructed sheet where the browser lets a content script adopt one; a <style> element
 * otherwise (an older Firefox content-script sandbox may refuse adoptedStyleSheets).
 */
export function pageSheet(doc: Document, css: string): PageSheet {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const adopted: PageSheet = {
      set: (text) => sheet.replaceSync(text),
      attach() {
        if (!doc.adoptedStyleSheets.includes(sheet))
          doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      },
      detach() {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((each) => each !== sheet);
      },
    };
    adopted.attach();
    adopted.detach();
    return adopted;
  } catch {
    return styleElementSheet(doc, css);
  }
}

function styleElementSheet(doc: Document, css: string): PageSheet {
  const style = doc.createElement('style');
  style.textContent = css;
  return {
    set: (text) => {
      style.textContent = text;
    },
    attach: () => (doc.head ?? doc.documentElement)?.append(style),
    detach: () => style.remove(),
  };
}

/** Where the early script leaves its sheet for the main one (both run in the same content-script world). */
const SHARED = Symbol.for('sina-clean/hiding-sheet');

export function shareSheet(sheet: PageSheet): void {
  (globalThis as Record<symbol, unknown>)[SHARED] = sheet;
}

/** The early script's sheet, or a new one (attached) where it did not run. */
export function claimSheet(doc: Document, css: string): PageSheet {
  const shared = (globalThis as Record<symbol, PageSheet | undefined>)[SHARED];
  if (shared) return shared;
  const sheet = pageSheet(doc, css);
  sheet.attach();
  return sheet;
}

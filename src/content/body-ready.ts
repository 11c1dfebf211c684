// When can the body be cleaned? At DOMContentLoaded at the latest; earlier where the page family's
// body container (#artibody on finance pages, #article on news pages) has been parsed whole, which
// is when the parser has put a node after it. Cleaning then, before the page's own end-of-body
// scripts and before the first full paint of the text, is what keeps the page from flickering.
const EARLY_CONTAINERS = ['artibody', 'article'] as const;

/** Has the parser moved past `el` (is anything after it in document order)? */
function parsedWhole(el: Element): boolean {
  for (let at: Node | null = el; at; at = at.parentNode) {
    if (at.nextSibling) return true;
  }
  return false;
}

function earlyContainer(doc: Document): Element | null {
  for (const id of EARLY_CONTAINERS) {
    const el = doc.getElementById(id);
    if (el && parsedWhole(el)) return el;
  }
  return null;
}

/** Resolves once the body can be cleaned. */
export function bodyReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading' || earlyContainer(doc)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      doc.removeEventListener('DOMContentLoaded', done);
      resolve();
    };
    const observer = new MutationObserver(() => {
      if (earlyContainer(doc)) done();
    });
    observer.observe(doc, { childList: true, subtree: true });
    doc.addEventListener('DOMContentLoaded', done);
  });
}

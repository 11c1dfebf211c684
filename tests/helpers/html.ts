// Build documents for unit tests from small HTML strings, with the test DOM (happy-dom).

/** A whole document from HTML. */
export function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A document whose body holds `#artibody` with the given inner HTML; returns the body container. */
export function articleBody(inner: string): { doc: Document; body: Element } {
  const doc = page(
    `<!DOCTYPE html><html><head><title>t</title></head><body><div id="artibody">${inner}</div></body></html>`,
  );
  const body = doc.getElementById('artibody');
  if (!body) throw new Error('no #artibody');
  return { doc, body };
}

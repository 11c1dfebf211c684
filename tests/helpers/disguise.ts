// Disguise a page as a layout nobody has listed: every class and id renamed to an opaque name, so
// no selector of detect.ts (or of the rule table) can know it. Tags, text and metadata stay.

/** Rename every class and id in `doc` (the same name always becomes the same opaque name). */
export function disguise(doc: Document): void {
  const names = new Map<string, string>();
  const rename = (name: string) => {
    let opaque = names.get(name);
    if (!opaque) {
      opaque = `n${names.size}`;
      names.set(name, opaque);
    }
    return opaque;
  };
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    const id = el.getAttribute('id');
    if (id) el.setAttribute('id', rename(id));
    const classes = el.getAttribute('class');
    if (classes) el.setAttribute('class', classes.split(/\s+/).filter(Boolean).map(rename).join(' '));
  }
}

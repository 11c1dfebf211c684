// An official document: its badges (kind, abridged warning) above the title, and below the copy
// buttons its metadata, outline, attachments and citations.
import type { OfficialDocument } from '../core/types';
import { isAbridged, MetaTable } from './MetaTable';
import { Outline } from './Outline';
import type { Strings } from './strings';

export function DocBadges({ doc, words }: { doc: OfficialDocument; words: Strings }) {
  return (
    <p class="sc-badges">
      <span class="sc-badge">{doc.kind ? words.kinds[doc.kind] : words.document}</span>
      {isAbridged(doc.note) ? (
        <span class="sc-badge sc-warn">
          <span aria-hidden="true">⚠ </span>
          {words.abridged}
        </span>
      ) : null}
    </p>
  );
}

export function DocDetails({
  doc,
  jumpTo,
  words,
}: {
  doc: OfficialDocument;
  jumpTo: (block: number) => void;
  words: Strings;
}) {
  return (
    <section class="sc-section">
      <MetaTable doc={doc} words={words} />
      {doc.clauses.length ? <Outline clauses={doc.clauses} jumpTo={jumpTo} words={words} /> : null}
      <TextList title={words.attachments} items={doc.attachments} />
      <TextList title={words.cites} items={doc.cites.map((cite) => cite.text)} />
    </section>
  );
}

function TextList({ title, items }: { title: string; items: readonly string[] }) {
  if (!items.length) return null;
  return (
    <>
      <h3 class="sc-h3">{title}</h3>
      <ul class="sc-list">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}

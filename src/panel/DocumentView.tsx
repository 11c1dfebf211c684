// An official document: its badges (kind, abridged warning) above the title, and below the copy
// buttons its metadata, outline, attachments and citations.
import type { OfficialDocument } from '../core/types';
import { isAbridged, MetaTable } from './MetaTable';
import { Outline } from './Outline';
import type { Strings } from './strings';

export function DocBadges({ doc, t }: { doc: OfficialDocument; t: Strings }) {
  return (
    <p class="sc-badges">
      <span class="sc-badge">{doc.kind ? t.kinds[doc.kind] : t.document}</span>
      {isAbridged(doc.note) ? (
        <span class="sc-badge sc-warn">
          <span aria-hidden="true">⚠ </span>
          {t.abridged}
        </span>
      ) : null}
    </p>
  );
}

export function DocDetails({
  doc,
  jumpTo,
  t,
}: {
  doc: OfficialDocument;
  jumpTo: (block: number) => void;
  t: Strings;
}) {
  return (
    <section class="sc-section">
      <MetaTable doc={doc} t={t} />
      {doc.clauses.length ? <Outline clauses={doc.clauses} jumpTo={jumpTo} t={t} /> : null}
      <TextList title={t.attachments} items={doc.attachments} />
      <TextList title={t.cites} items={doc.cites.map((cite) => cite.text)} />
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

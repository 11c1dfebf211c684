// An official document: above the title its kind and, where the republisher cut the text (本文有删减,
// 未完待续), a warning; below the copy buttons where the text comes from (a 新华社 release, an order),
// its metadata, outline, attachments and citations.
import type { Clause, OfficialDocument } from '../core/types';
import { MetaTable } from './MetaTable';
import { Outline } from './Outline';
import type { Strings } from './strings';

export function DocBadges({ doc, words }: { doc: OfficialDocument; words: Strings }) {
  return (
    <p class="sc-badges">
      <span class="sc-badge">{doc.kind ? (words.kinds?.[doc.kind] ?? doc.kind) : words.document}</span>
      {doc.incomplete ? (
        <span class="sc-badge sc-warn">
          <span aria-hidden="true">⚠ </span>
          {words.incomplete(doc.incomplete)}
        </span>
      ) : null}
    </p>
  );
}

export function DocDetails({
  doc,
  jumpTo,
  copyClause,
  words,
}: {
  doc: OfficialDocument;
  jumpTo: (block: number) => void;
  copyClause: (clause: Clause) => Promise<void>;
  words: Strings;
}) {
  return (
    <section class="sc-section">
      <Provenance doc={doc} words={words} />
      <MetaTable doc={doc} words={words} />
      {doc.clauses.length ? (
        <Outline clauses={doc.clauses} jumpTo={jumpTo} copyClause={copyClause} words={words} />
      ) : null}
      <TextList title={words.attachments} items={doc.attachments} />
      <TextList title={words.cites} items={doc.cites.map((cite) => cite.text)} />
    </section>
  );
}

/** Where the text comes from, where it is not the document as issued: a news release, an order. */
function Provenance({ doc, words }: { doc: OfficialDocument; words: Strings }) {
  const line =
    doc.form === 'release' && doc.release
      ? words.fromRelease(doc.release.issuers, doc.release.dateline)
      : doc.form === 'order' && doc.number
        ? words.fromOrder(doc.number.text)
        : null;
  return line ? <p class="sc-provenance">{line}</p> : null;
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

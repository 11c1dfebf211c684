// The document's metadata in the words of the government's policy pages (发文机关, 发文字号 …).
import type { OfficialDocument } from '../core/types';
import { formatDate } from './dates';
import type { Strings } from './strings';

/** A 附注 such as 本文有删减 or 节选 tells the reader the text is not complete. */
export function isAbridged(note: string | null): boolean {
  return note !== null && /删减|节选/.test(note);
}

export function MetaTable({ doc, t }: { doc: OfficialDocument; t: Strings }) {
  const rows: [string, string | null][] = [
    [t.issuers, doc.issuers.join(t.listJoin) || null],
    [t.number, doc.number?.text ?? null],
    [t.date, doc.date ? formatDate(doc.date, t) : null],
    [t.addressees, doc.addressees.join(t.listJoin) || null],
    [t.note, doc.note],
  ];
  return (
    <table class="sc-meta">
      <caption class="sc-vh">{t.metadata}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td class={value ? undefined : 'sc-missing'}>{value ?? t.missing}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

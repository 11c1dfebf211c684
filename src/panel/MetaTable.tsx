// The document's metadata in the words of the government's policy pages (发文机关, 发文字号 …).
import type { OfficialDocument } from '../core/types';
import { formatDate } from './dates';
import type { Strings } from './strings';

export function MetaTable({ doc, words }: { doc: OfficialDocument; words: Strings }) {
  const rows: [string, string | null][] = [
    [words.issuers, doc.issuers.join(words.listJoin) || null],
    [words.number, doc.number?.text ?? null],
    [words.date, doc.date ? formatDate(doc.date, words) : null],
    [words.addressees, doc.addressees.join(words.listJoin) || null],
    [words.note, doc.note],
  ];
  return (
    <table class="sc-meta">
      <caption class="sc-vh">{words.metadata}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td class={value ? undefined : 'sc-missing'}>{value ?? words.missing}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

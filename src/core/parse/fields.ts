// Which of the steps' findings becomes each field, in the frame's order of authority: the order's
// regulation and number, the release's 《》 and issuers, then the document's own lines, then the page.

import type { DocNumber, Provenance } from '../types';
import type { Closing } from './closing';
import { isDocumentTitle, issuersFromSignature, issuersFromTitle } from './kinds';
import type { OrderFrame } from './order';
import type { ReleaseFrame } from './release';
import type { Span } from './span';

/** A field's value and where it came from. */
export interface Chosen<T> {
  value: T;
  from: Provenance;
}

/** The title: the order's regulation, the release's 《》, the body's title line, else the page title. */
export function chooseTitle(
  order: OrderFrame | null,
  release: ReleaseFrame | null,
  title: (Span & { text: string }) | null,
  pageTitle: string | null,
): Chosen<string> | null {
  if (order) return { value: order.title.text, from: { step: 'findOrderFrame', block: order.title.block } };
  if (release?.title)
    return { value: release.title.text, from: { step: 'findReleaseFrame', block: release.title.block } };
  if (title) return { value: title.text, from: { step: 'findTitle', block: title.first } };
  if (pageTitle && isDocumentTitle(pageTitle))
    return { value: pageTitle.trim(), from: { step: 'pageTitle', block: null } };
  return null;
}

/**
 * Issuers: the release sentence, the title, the signature, the order's name — the first that names any.
 * A forwarded document (`转发了《某某部关于…》`) is its title's issuers' before the forwarding body's.
 */
export function chooseIssuers(
  release: ReleaseFrame | null,
  title: Chosen<string> | null,
  signature: { lines: string[]; first: number } | null,
  order: OrderFrame | null,
): Chosen<string[]> | null {
  const fromRelease: [string[], Provenance] = [
    release?.release.issuers ?? [],
    { step: 'findReleaseFrame', block: release?.title?.block ?? null },
  ];
  const fromTitle: [string[], Provenance] = [
    title ? issuersFromTitle(title.value) : [],
    title?.from ?? { step: 'findTitle', block: null },
  ];
  const sources: [string[], Provenance][] = [
    ...(release?.forwarded ? [fromTitle, fromRelease] : [fromRelease, fromTitle]),
    [issuersFromSignature(signature?.lines ?? []), { step: 'findClosing', block: signature?.first ?? null }],
    [order?.issuers ?? [], { step: 'findOrderFrame', block: order?.numberBlock ?? null }],
  ];
  const found = sources.find(([names]) => names.length > 0);
  return found ? { value: found[0], from: found[1] } : null;
}

/** 成文日期: the order's date, the date under the signature, else a party document's bracketed date. */
export function chooseDate(
  order: OrderFrame | null,
  closing: Closing | null,
  partyDate: { index: number; date: string } | null,
): Chosen<string> | null {
  if (order?.date)
    return { value: order.date.date, from: { step: 'findOrderFrame', block: order.date.block } };
  if (closing) return { value: closing.date, from: { step: 'findClosing', block: closing.dateIndex } };
  if (partyDate) return { value: partyDate.date, from: { step: 'findPartyDate', block: partyDate.index } };
  return null;
}

/** The document's own number: the order's, else the one under the title. */
export function chooseNumber(
  order: OrderFrame | null,
  number: (Span & { number: DocNumber }) | null,
): Chosen<DocNumber> | null {
  if (order) return { value: order.number, from: { step: 'findOrderFrame', block: order.numberBlock } };
  if (number) return { value: number.number, from: { step: 'findNumber', block: number.first } };
  return null;
}

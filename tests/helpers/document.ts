// An OfficialDocument for tests that format or cite one: every field at its empty value, so a test
// states only the fields it is about (and new fields of the parser need no edit here and there).
import type { OfficialDocument } from '../../src/core/types';

export function officialDocument(fields: Partial<OfficialDocument> = {}): OfficialDocument {
  return {
    kind: null,
    title: null,
    issuers: [],
    number: null,
    addressees: [],
    date: null,
    clauses: [],
    attachments: [],
    note: null,
    cites: [],
    form: 'issued',
    release: null,
    incomplete: null,
    provenance: {},
    titleBlocks: null,
    ...fields,
  };
}

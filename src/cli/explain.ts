// `extract --explain`: why the output says what it says, for debugging a page nobody has seen before.
// For each document field, the step that chose it and the block it came from (the parser records
// that cheaply as it goes; the words are looked up here); the form the document came in; and what
// each cleaning rule removed (read before the cleaning is applied, while the nodes still hold text).
import { run } from '../core/pipeline';
import { collapseSpace, textOf } from '../core/text';
import type { Block, DocForm, Provenance, Release, Result } from '../core/types';

/** Enough of a block's or a removed node's text to recognise it. */
const SHOWN = 40;

function shorten(text: string): string {
  const t = collapseSpace(text);
  return t.length > SHOWN ? `${t.slice(0, SHOWN)}…` : t;
}

interface FieldOrigin {
  step: string;
  block: number | null;
  text: string | null;
}

export interface Explanation {
  form: DocForm | null;
  release: Release | null;
  incomplete: string | null;
  document: Record<string, FieldOrigin>;
  removed: { rule: string; text: string }[];
}

function origin({ step, block }: Provenance, blocks: readonly Block[]): FieldOrigin {
  const text = block === null ? null : (blocks[block]?.text ?? null);
  return { step, block, text: text === null ? null : shorten(text) };
}

/** The pipeline on `doc`, with what each rule removed read from the plan before it is applied. */
export function explainRun(doc: Document, url: string | null): { result: Result; explain: Explanation } {
  let removed: Explanation['removed'] = [];
  const { result } = run(doc, {
    url,
    // A comment marker holds its words in its value, an element in its text nodes.
    onPlan: (steps) => {
      removed = steps.map((s) => ({
        rule: s.rule,
        text: shorten(s.node.nodeType === 8 ? (s.node.nodeValue ?? '') : textOf(s.node)),
      }));
    },
  });
  const found = result.document;
  const fields: Record<string, FieldOrigin> = {};
  for (const [field, from] of Object.entries(found?.provenance ?? {})) {
    if (from) fields[field] = origin(from, result.blocks);
  }
  return {
    result,
    explain: {
      form: found?.form ?? null,
      release: found?.release ?? null,
      incomplete: found?.incomplete ?? null,
      document: fields,
      removed,
    },
  };
}

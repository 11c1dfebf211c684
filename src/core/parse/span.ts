// A run of blocks that one part of the document occupies (a title over two lines, a signature block).

export interface Span {
  first: number;
  last: number;
}

/** Adds every block of `span` to `into` (the blocks that belong to the frame, not to the outline). */
export function markSpan(into: Set<number>, span: Span | null): void {
  if (span) for (let i = span.first; i <= span.last; i++) into.add(i);
}

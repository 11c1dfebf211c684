// Tables met during the ONE walk of blocks.ts. A table of short cells becomes one block that keeps
// its rows; a layout table (a cell holding paragraphs or another table, or a single column) gives
// its blocks as they are, as if it were not there. A table with no text gives nothing.
import type { Block } from './types';

/** A cell with more paragraphs than this is a layout column, not one datum. */
const MAX_CELL_BLOCKS = 3;

interface OpenTable {
  element: Element;
  rows: string[][];
  merged: boolean;
  layout: boolean;
  /** Every block built inside the table, in order. */
  blocks: Block[];
  /** The blocks outside any cell (a caption): kept beside the table block. */
  loose: Block[];
  /** Index in `blocks` where the open cell began; -1 outside a cell. */
  cellStart: number;
}

const spans = (cell: Element) =>
  Number(cell.getAttribute('rowspan') ?? 1) > 1 || Number(cell.getAttribute('colspan') ?? 1) > 1;

export class TableCollector {
  private readonly open: OpenTable[] = [];

  constructor(private readonly out: Block[]) {}

  /** Where the walk puts a finished block. */
  push(block: Block): void {
    const table = this.open[this.open.length - 1];
    if (!table) {
      this.out.push(block);
      return;
    }
    table.blocks.push(block);
    if (table.cellStart < 0) table.loose.push(block);
  }

  enterTable(element: Element): void {
    const outer = this.open[this.open.length - 1];
    if (outer) outer.layout = true;
    this.open.push({ element, rows: [], merged: false, layout: false, blocks: [], loose: [], cellStart: -1 });
  }

  enterRow(): void {
    this.open[this.open.length - 1]?.rows.push([]);
  }

  enterCell(cell: Element): void {
    const table = this.open[this.open.length - 1];
    if (!table) return;
    table.cellStart = table.blocks.length;
    if (spans(cell)) table.merged = true;
  }

  exitCell(): void {
    const table = this.open[this.open.length - 1];
    if (!table || table.cellStart < 0) return;
    const start = table.cellStart;
    table.cellStart = -1;
    if (table.blocks.length - start > MAX_CELL_BLOCKS) table.layout = true;
    // A layout table's rows are never read: its cells (the whole article, on GBK-era pages) are not joined.
    if (table.layout) return;
    if (!table.rows.length) table.rows.push([]);
    const cell = table.blocks.slice(start).map((b) => b.text);
    (table.rows[table.rows.length - 1] as string[]).push(cell.join(' '));
  }

  exitTable(): void {
    const table = this.open.pop();
    if (!table) return;
    const rows = table.rows.filter((row) => row.some(Boolean));
    if (table.layout || !rows.some((row) => row.length > 1)) {
      for (const block of table.blocks) this.push(block);
      return;
    }
    for (const block of table.loose) this.push(block);
    this.push({
      text: rows.map((row) => row.join('\t')).join('\n'),
      align: null,
      node: table.element,
      table: { rows, merged: table.merged },
    });
  }
}

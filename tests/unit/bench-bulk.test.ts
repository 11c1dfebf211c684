// The bench's bulk verdict line: both throughputs (and which one the default takes), their ratio to
// one process per page, and a measurement whose outputs differ or that failed said so.
import { describe, expect, it } from 'vitest';
import { type Bulk, bulkLine } from '../../scripts/bench/bulk';

const measured: Bulk = {
  pages: 32,
  loadAverage: 0.4,
  perPageProcess: 2.8,
  jsonl: 33.6,
  jsonlOneThread: 25.2,
  ratio: 12,
  ratioOneThread: 9,
  cpuMsPerPage: null,
  sameOutput: true,
};

describe('bulkLine', () => {
  it('gives both ways against one process per page', () => {
    expect(bulkLine(measured)).toBe(
      'bulk: extract --jsonl 25.2 pages/s on one thread (9.0x; the default below 200 pages), 33.6 pages/s on a thread per core (12.0x), against one process per page 2.8 pages/s (32 pages, load average 0.4)',
    );
  });

  it('says when the outputs differ, and when the measurement failed', () => {
    expect(bulkLine({ ...measured, sameOutput: false })).toMatch(/OUTPUT DIFFERS\)$/);
    expect(bulkLine({ error: 'bulk-throughput exited 2: no pages' })).toBe(
      'bulk: bulk-throughput exited 2: no pages',
    );
  });
});

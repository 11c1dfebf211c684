// Dates as citations carry them: CSL date-parts from the pipeline's ISO strings, and back.

/** A CSL date: one date (no range) of year, month and day, or fewer parts where fewer are known. */
export interface CslDate {
  'date-parts': [number[]];
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The calendar day at the start of an ISO string (`2021-11-02`, `2021-11-23T15:17:00+08:00`) as CSL
 * date-parts; undefined where there is none. The +08:00 timestamps are read as printed, in Beijing
 * time, which is the day the page shows.
 */
export function cslDate(iso: string | null | undefined): CslDate | undefined {
  const m = iso ? ISO_DAY.exec(iso) : null;
  if (!m) return undefined;
  return { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2021-11-02` (or `2021-11`, `2021` for fewer parts), as GB/T 7714 prints a date. */
export function isoDay(date: CslDate): string {
  const [year, ...rest] = date['date-parts'][0];
  return [String(year), ...rest.map(pad)].join('-');
}

export function yearOf(date: CslDate): number {
  return date['date-parts'][0][0] as number;
}

/** Today in Beijing (UTC+8, no daylight saving), as `YYYY-MM-DD`: the default access date. */
export function beijingToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

// Dates as the reader expects them. The core gives ISO strings in Beijing time (+08:00); they are shown
// as printed, without converting to the reader's time zone, the way the page itself shows them.
import type { Strings } from './strings';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/;

/** `2021-11-02` → `2021年11月2日`; `2021-11-23T15:17:00+08:00` → `2021年11月23日 15:17`. Unreadable input is returned as is. */
export function formatDate(iso: string, words: Strings): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const date = words.formatDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return m[4] && m[5] ? `${date} ${m[4]}:${m[5]}` : date;
}

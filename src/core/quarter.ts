/** Calendar quarters (`2026-Q4`), the rhythm of the review and the brag document. */
import { addDays, type IsoDate } from './iso-week.js';

export type Quarter = string;

/** `quarterOf('2026-11-29') === '2026-Q4'` */
export function quarterOf(date: IsoDate): Quarter {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The first and last day of a quarter: `quarterBounds('2026-Q4')` → `['2026-10-01', '2026-12-31']`. */
export function quarterBounds(q: Quarter): [IsoDate, IsoDate] {
  const year = Number(q.slice(0, 4));
  const n = Number(q.slice(6));
  const start = `${q.slice(0, 4)}-${String(n * 3 - 2).padStart(2, '0')}-01`;
  const next = n === 4 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${q.slice(0, 4)}-${String(n * 3 + 1).padStart(2, '0')}-01`;
  return [start, addDays(next, -1)];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026 Q4 (Oct–Dec)` */
export function quarterTitle(q: Quarter): string {
  const n = Number(q.slice(6));
  return `${q.slice(0, 4)} Q${n} (${MONTHS[n * 3 - 3]}–${MONTHS[n * 3 - 1]})`;
}

/** A principle's source line: where it came from, and when (`advice from my first manager, 2019`). */
import { type IsoDate, isValidDate } from '../iso-week.js';

/** `advice from my first manager, 2019` → the source and the first day of the period it names. */
export function parseSource(value: string): { source: string | null; sourceDate: IsoDate | null } {
  const v = value.trim();
  const m = /^(?:(.*\S),\s*)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  const date = m ? `${m[2]}-${m[3] ?? '01'}-${m[4] ?? '01'}` : '';
  if (m && isValidDate(date)) return { source: m[1] ?? null, sourceDate: date };
  return { source: v || null, sourceDate: null };
}

/** A source date at the precision that writes it exactly: `2019-01-01` → `2019`, `2019-03-01` → `2019-03`. */
export function formatSourceDate(date: IsoDate): string {
  if (date.endsWith('-01-01')) return date.slice(0, 4);
  return date.endsWith('-01') ? date.slice(0, 7) : date;
}

/** `advice from my first manager, 2019`: what a Source line says; empty when nothing is known. */
export const sourceLine = (p: { source: string | null; sourceDate: IsoDate | null }): string =>
  [p.source, p.sourceDate && formatSourceDate(p.sourceDate)].filter(Boolean).join(', ');

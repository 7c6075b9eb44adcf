/**
 * ISO-8601 dates and weeks as plain strings (`2026-11-29`, `2026-W48`), computed on day numbers
 * (days since 1970-01-01, UTC) so that no time zone or clock is involved.
 */
import { invalid, invalidField } from './errors.js';

export type IsoDate = string;
export type IsoWeek = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_RE = /^(\d{4})-W(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Plain string (code-point) order: exact for ISO dates and weeks, deterministic for any text. localeCompare
 * would give the same order for dates but starts ICU's collator, which costs a command's start several milliseconds.
 */
export const compareIso = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Days since 1970-01-01 for a valid ISO date; throws InvalidInput otherwise. */
export function dayNumber(date: IsoDate): number {
  const m = DATE_RE.exec(date);
  if (!m) throw invalid(`"${date}" is not a date`, 'Use YYYY-MM-DD, e.g. 2026-11-29');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw invalid(`"${date}" is not a calendar date`, 'Use YYYY-MM-DD, e.g. 2026-11-29');
  }
  return Math.round(ms / DAY_MS);
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `value` as an ISO date, or InvalidInput naming `field`: the validator-free path for reads ("as of" a day). */
export function parseDate(value: unknown, field: string): IsoDate {
  if (typeof value !== 'string' || !isValidDate(value))
    throw invalidField(field, `must be a date YYYY-MM-DD (got ${JSON.stringify(String(value).slice(0, 80))})`);
  return value;
}

export function isValidDate(date: string): boolean {
  try {
    dayNumber(date);
    return true;
  } catch {
    return false;
  }
}

export const addDays = (date: IsoDate, days: number): IsoDate => fromDayNumber(dayNumber(date) + days);

/** 1 = Monday … 7 = Sunday. */
export const weekday = (date: IsoDate): number => ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;

/** Number of ISO weeks in a year: 53 when 1 January or 31 December is a Thursday. */
export function weeksInYear(year: number): number {
  const jan1 = weekday(`${String(year).padStart(4, '0')}-01-01`);
  const dec31 = weekday(`${String(year).padStart(4, '0')}-12-31`);
  return jan1 === 4 || dec31 === 4 ? 53 : 52;
}

function mondayOfWeek1(year: number): number {
  const jan4 = dayNumber(`${String(year).padStart(4, '0')}-01-04`);
  return jan4 - (weekday(`${String(year).padStart(4, '0')}-01-04`) - 1);
}

/** The ISO week that contains a date: `isoWeekOf('2026-11-29') === '2026-W48'`. */
export function isoWeekOf(date: IsoDate): IsoWeek {
  const day = dayNumber(date);
  const thursday = day - (weekday(date) - 1) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - mondayOfWeek1(year)) / 7) + 1;
  return formatWeek(year, week);
}

const formatWeek = (year: number, week: number): IsoWeek => `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;

/** Parses and validates `YYYY-Www` (W53 only in years that have one). */
export function parseIsoWeek(week: string): { year: number; week: number } {
  const m = WEEK_RE.exec(week);
  if (!m) throw invalid(`"${week}" is not an ISO week`, 'Use YYYY-Www, e.g. 2026-W48');
  const year = Number(m[1]);
  const w = Number(m[2]);
  if (w < 1 || w > weeksInYear(year)) {
    throw invalid(`${week} does not exist: ${year} has ${weeksInYear(year)} ISO weeks`, 'Use YYYY-Www, e.g. 2026-W48');
  }
  return { year, week: w };
}

export function isValidWeek(week: string): boolean {
  try {
    parseIsoWeek(week);
    return true;
  } catch {
    return false;
  }
}

/** The Monday that starts an ISO week: `mondayOf('2026-W01') === '2025-12-29'`. */
export function mondayOf(week: IsoWeek): IsoDate {
  const { year, week: w } = parseIsoWeek(week);
  return fromDayNumber(mondayOfWeek1(year) + (w - 1) * 7);
}

export const sundayOf = (week: IsoWeek): IsoDate => addDays(mondayOf(week), 6);

export const addWeeks = (week: IsoWeek, n: number): IsoWeek => isoWeekOf(addDays(mondayOf(week), 7 * n));

/** Whole weeks from `a` to `b` (positive when b is later): `weeksBetween('2026-W52', '2027-W01') === 1`. */
export const weeksBetween = (a: IsoWeek, b: IsoWeek): number => (dayNumber(mondayOf(b)) - dayNumber(mondayOf(a))) / 7;

/** First day of "the last N weeks" ending with the week that contains `asOf`. */
export const windowStart = (asOf: IsoDate, weeks: number): IsoDate => mondayOf(addWeeks(isoWeekOf(asOf), -(weeks - 1)));

/** Whole years from `from` to `to`, as on a birthday. */
export function yearsBetween(from: IsoDate, to: IsoDate): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/** Same day `years` earlier or later (29 Feb falls back to 28 Feb). */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isValidDate(target) ? target : addDays(target.replace(/-29$/, '-28'), 0);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** `Sun 29 Nov 2026` */
export function longDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${DAYS[weekday(date) - 1]} ${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** `29 Nov` */
export function shortDate(date: IsoDate): string {
  const [, m, d] = date.split('-');
  return `${d} ${MONTHS[Number(m) - 1]}`;
}

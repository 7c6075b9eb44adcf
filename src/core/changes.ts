import type { CheckIn } from './domain.js';
import type { VerdictWord } from './rules.js';

const METRICS = ['satisfaction', 'quality', 'energy', 'growth'] as const;

/** What moved between two check-ins, in plain words: `satisfaction up from 2 to 4`. */
export function checkInChanges(previous: CheckIn | null, current: CheckIn): string[] {
  if (!previous) return [];
  const lines: string[] = [];
  for (const m of METRICS) {
    const a = previous[m];
    const b = current[m];
    if (a !== b) lines.push(`${m} ${b > a ? 'up' : 'down'} from ${a} to ${b}`);
  }
  if (previous.hours !== current.hours) lines.push(`hours ${current.hours > previous.hours ? 'up' : 'down'} from ${previous.hours} to ${current.hours}`);
  if (previous.respected !== current.respected)
    lines.push(current.respected ? 'health and happiness respected again' : 'health and happiness not respected this week');
  return lines;
}

/** `verdict still WATCH` or `verdict now LOOK (was WATCH)`. */
export function verdictChange(before: VerdictWord | null, after: VerdictWord): string {
  if (before === null || before === after) return `verdict ${before === null ? '' : 'still '}${after.toUpperCase()}`.replace('  ', ' ');
  return `verdict now ${after.toUpperCase()} (was ${before.toUpperCase()})`;
}

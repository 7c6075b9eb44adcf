/** How direction and goals read in the terminal: shared by `keel direction` and `keel review`. */
import type { GoalWithEvidence } from '../app/opportunities.queries.js';
import type { Direction } from '../core/direction.js';
import type { Out } from './output.js';

export function printGoals(out: Out, goals: GoalWithEvidence[]): void {
  if (goals.length === 0) out.line('  No goals yet. Add one: keel direction --goal "<what you want to grow into>"');
  for (const g of goals) {
    out.line(`  [${g.id}] ${g.text}  ${out.dim(`(since ${g.setOn})`)}`);
    if (g.wins.length === 0) out.line(out.dim(`      no evidence yet: keel direction evidence ${g.id} <win id or words>`));
    for (const w of g.wins) out.line(`      ${w.achievedOn}  ${w.text}`);
  }
}

/** `principal-ic · architect · deep` */
export const directionSummary = (d: Direction) => [d.track ?? 'track undecided', d.archetype, d.breadth].filter(Boolean).join(' · ');

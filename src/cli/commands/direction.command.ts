import type { Command } from 'commander';
import type { GoalWithEvidence } from '../../app/opportunities.queries.js';
import { ARCHETYPE_MEANING, ARCHETYPES, BREADTHS, CAREER_TRACKS, type Direction } from '../../core/direction.js';
import { collect } from '../args.js';
import { directionSummary, printGoals } from '../growth-output.js';
import type { Out } from '../output.js';
import { common, type Env } from '../program.js';

/** Loaded on use, so that commands which do not need them start faster. */
const directionService = () => import('../../app/direction.service.js');
const queries = () => import('../../app/opportunities.queries.js');

interface Opts {
  track?: string;
  archetype?: string;
  breadth?: string;
  note?: string;
  goal?: string[];
  db?: string;
  json?: boolean;
}

function printDirection(out: Out, current: Direction | null, history: Direction[], goals: GoalWithEvidence[]): void {
  if (!current) out.line('No direction recorded yet. Try: keel direction --track principal-ic --archetype architect --breadth deep');
  else {
    out.line(out.bold(`Direction (set ${current.setOn})`));
    out.line(`  Track      ${current.track ?? '-'}`);
    out.line(`  Archetype  ${current.archetype ? `${current.archetype}: ${ARCHETYPE_MEANING[current.archetype]}` : '-'}`);
    out.line(`  Breadth    ${current.breadth ?? '-'}`);
    if (current.note) out.line(`  Note       ${current.note}`);
    for (const d of history.slice(0, -1).reverse().slice(0, 3)) out.line(out.dim(`  before ${d.setOn}: ${directionSummary(d)}`));
  }
  out.line();
  out.line(out.bold('Goals'));
  printGoals(out, goals);
}

export function registerDirection(program: Command, env: Env): void {
  const direction = common(
    program
      .command('direction')
      .description('where you are heading: track, staff archetype, wide or deep, and goals (shows it; flags change it)')
      .option('--track <track>', CAREER_TRACKS.join(', '))
      .option('--archetype <archetype>', ARCHETYPES.join(', '))
      .option('--breadth <breadth>', BREADTHS.join(' or '))
      .option('--note <text>', 'why')
      .option('--goal <text>', 'add a goal (repeat)', collect),
  )
    .addHelpText(
      'after',
      `
Examples:
  keel direction
  keel direction --track principal-ic --archetype architect --breadth deep
  keel direction --goal "Lead a cross-team design"
  keel direction goals
  keel direction evidence 1 "storage migration"`,
    )
    .action(async (o: Opts) => {
      const changing = [o.track, o.archetype, o.breadth, o.note, o.goal].some((v) => v !== undefined);
      const view = await env.withKeel(o, async (ctx) =>
        changing
          ? (await directionService()).updateDirection(ctx, { track: o.track, archetype: o.archetype, breadth: o.breadth, note: o.note, goals: o.goal })
          : (await queries()).showDirection(ctx),
      );
      if (o.json) return env.out.json(view);
      printDirection(env.out, view.current, view.history, view.goals);
      if (view.current && view.goals.length > 0) env.out.note('Next: keel review (quarterly)');
    });

  // `keel direction goals --json`: the parent declares --json and --db too, so read them merged.
  common(direction.command('goals').description('your goals and the wins that are evidence for them'))
    .addHelpText('after', '\nExamples:\n  keel direction goals\n  keel direction goals --json')
    .action(async (_o: unknown, cmd: Command) => {
      const o = cmd.optsWithGlobals<{ db?: string; json?: boolean }>();
      const goals = await env.withKeel(o, async (ctx) => (await queries()).listGoals(ctx));
      if (o.json) return env.out.json(goals);
      env.out.line(env.out.bold('Goals'));
      printGoals(env.out, goals);
    });

  common(direction.command('evidence <goal> <win...>').description('link wins (by id or words of their text) as evidence for a goal (by id)'))
    .addHelpText('after', '\nExample:\n  keel direction evidence 1 "storage migration" 12')
    .action(async (goal: string, wins: string[], _o: unknown, cmd: Command) => {
      const o = cmd.optsWithGlobals<{ db?: string; json?: boolean }>();
      const g = await env.withKeel(o, async (ctx) => (await directionService()).linkEvidence(ctx, goal, wins));
      if (o.json) return env.out.json(g);
      env.out.line(`Goal ${g.id} now has ${g.wins.length} ${g.wins.length === 1 ? 'piece' : 'pieces'} of evidence.`);
    });
}

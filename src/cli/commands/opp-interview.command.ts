import type { Command } from 'commander';
import type { RedFlag } from '../../core/opportunities/domain.js';
import type { Suggestion } from '../../core/opportunities/match.js';
import { collect, num } from '../args.js';
import { suggestionLine } from '../opp-output.js';
import type { Out } from '../output.js';
import { common, type Env } from '../program.js';

/** Loaded on use, so that commands which do not need it start faster. */
const interviews = () => import('../../app/interviews.service.js');

interface Base {
  db?: string;
  json?: boolean;
}

function printFlagsAndSuggestions(out: Out, flags: RedFlag[], suggestions: Suggestion[], target: string): void {
  if (flags.length) out.line(`Flagged against ${flags.length} ${flags.length === 1 ? 'trigger' : 'triggers'} (severity ${flags[0]?.severity}).`);
  const unflagged = suggestions.filter((s) => !flags.some((f) => f.triggerId === s.triggerId));
  if (unflagged.length === 0) return;
  out.line('Possible red flags (words shared with your triggers and past observations):');
  for (const s of unflagged) out.line(`  ${suggestionLine(s)}`);
  out.note(`Flag one: keel opp flag ${target} --trigger ${unflagged[0]?.slug} --severity 2`);
}

/** What a note and an answer share: when it was said, and the triggers to flag it for. */
const whenAndFlags = (cmd: Command): Command =>
  cmd
    .option('--on <date>', 'when, YYYY-MM-DD (default: today)')
    .option('--flag <trigger>', 'flag it as a red flag for this trigger (repeat)', collect)
    .option('--severity <n>', 'severity of the flags, 1–3', '1');

export function registerOppInterview(opp: Command, env: Env): void {
  common(
    whenAndFlags(
      opp
        .command('note <opp> <text>')
        .description('a note; with --with it is an interview note (who said it, their role)')
        .option('--with <who>', 'who you talked to')
        .option('--role <role>', 'their role'),
    ),
  )
    .addHelpText(
      'after',
      '\nExample:\n  keel opp note initech "On-call is every other week; nobody owns the pager" --with "Ana Ruiz" --role "Engineering manager"',
    )
    .action(async (ref: string, text: string, o: Base & { with?: string; role?: string; on?: string; flag?: string[]; severity: string }) => {
      const r = await env.withKeel(o, async (ctx) =>
        (await interviews()).addNote(ctx, ref, { text, notedOn: o.on, who: o.with, whoRole: o.role, flag: o.flag, severity: num(o.severity) }),
      );
      if (o.json) return env.out.json(r);
      env.out.line(`Saved note ${r.note.id} for #${r.note.opportunityId} (${r.note.notedOn}).`);
      printFlagsAndSuggestions(env.out, r.flags, r.suggestions, `--note ${r.note.id}`);
    });

  common(
    whenAndFlags(
      opp
        .command('answer <opp> <question> <text>')
        .description('record an answer to a question of your bank (by id, "leave", or a trigger slug)')
        .option('--with <who>', 'who answered'),
    ),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  keel opp answer initech leave "Probably the reorgs; three in two years" --with "Ana Ruiz"\n  keel opp answer initech psych-safety "The engineer who broke prod was let go" --flag psych-safety --severity 3',
    )
    .action(async (ref: string, question: string, text: string, o: Base & { with?: string; on?: string; flag?: string[]; severity: string }) => {
      const r = await env.withKeel(o, async (ctx) =>
        (await interviews()).answerQuestion(ctx, ref, question, { text, answeredOn: o.on, who: o.with, flag: o.flag, severity: num(o.severity) }),
      );
      if (o.json) return env.out.json(r);
      env.out.line(`Saved answer ${r.answer.id} to "${r.question}".`);
      printFlagsAndSuggestions(env.out, r.flags, r.suggestions, `--answer ${r.answer.id}`);
    });

  common(
    opp
      .command('flag')
      .description('flag an answer or a note as a red flag for one of your triggers')
      .option('--answer <id>', 'the answer')
      .option('--note <id>', 'the note')
      .requiredOption('--trigger <trigger>', 'the trigger (id, slug or exact text)')
      .option('--severity <n>', '1 (minor) to 3 (serious)', '1'),
  )
    .addHelpText('after', '\nExample:\n  keel opp flag --answer 3 --trigger blame --severity 2')
    .action(async (o: Base & { answer?: string; note?: string; trigger: string; severity: string }) => {
      const f = await env.withKeel(o, async (ctx) =>
        (await interviews()).flag(ctx, { answer: num(o.answer), note: num(o.note), trigger: o.trigger, severity: num(o.severity) }),
      );
      if (o.json) return env.out.json(f);
      env.out.line(`Flagged ${f.answerId !== null ? `answer ${f.answerId}` : `note ${f.noteId}`} (severity ${f.severity}).`);
      env.out.note('See it with: keel opp show <opp>');
    });
}

import type { Command } from 'commander';
import { writeFileAtomic } from '../files.js';
import { common, type Env } from '../program.js';

/** Loaded on use, so that commands which do not need it start faster. */
const remindService = () => import('../../app/remind.service.js');

export function registerRemind(program: Command, env: Env): void {
  common(
    program
      .command('remind')
      .description('calendar reminders: a weekly check-in and a quarterly review, as an iCalendar file')
      .requiredOption('--ics <file>', 'where to write the .ics file')
      .option('--day <day>', 'check-in day: mon, tue, wed, thu, fri, sat or sun', 'fri')
      .option('--time <HH:MM>', 'time of both reminders, in your calendar’s time zone', '16:00'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  keel remind --ics keel.ics\n  keel remind --ics ~/keel.ics --day mon --time 09:30\n\nImport the file into your calendar app; importing a newer one updates the same two events.',
    )
    .action(async (o: { ics: string; day: string; time: string; json?: boolean }) => {
      const { ics, day, time } = (await remindService()).remindersCalendar(env.clock, { day: o.day, time: o.time });
      writeFileAtomic(o.ics, ics);
      if (o.json) return env.out.json({ ics: o.ics, events: ['weekly check-in', 'quarterly review'], day, time });
      env.out.line(`Wrote ${o.ics}: a weekly check-in (${day} ${time}) and a quarterly review (first Monday of each quarter).`);
      env.out.note('Import it into your calendar app.');
    });
}

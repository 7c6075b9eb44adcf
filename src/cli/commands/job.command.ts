import type { Command } from 'commander';
import { table } from '../output.js';
import { common, type Env } from '../program.js';

/** Loaded on use: reads need no validation library. */
const queries = () => import('../../app/queries.js');
/** Loaded on use, so that commands which do not need it start faster. */
const jobsService = () => import('../../app/jobs.service.js');

export function registerJob(program: Command, env: Env): void {
  const job = program.command('job').description('record your jobs (the open one is current)');
  common(
    job
      .command('start <employer>')
      .description('start a job; an open job before it ends the day before')
      .requiredOption('--title <title>', 'your title')
      .option('--track <track>', 'ic or manager', 'ic')
      .option('--level <level>', 'e.g. L6, Staff')
      .option('--since <date>', 'start date YYYY-MM-DD (default: today)'),
  )
    .addHelpText('after', '\nExample:\n  keel job start Acme --title "Staff Engineer" --track ic --since 2024-06-03')
    .action(async (employer: string, o: { title: string; track: string; level?: string; since?: string; db?: string; json?: boolean }) => {
      const r = await env.withKeel(o, async (ctx) =>
        (await jobsService()).startJob(ctx, { employer, title: o.title, track: o.track, level: o.level, startedOn: o.since }),
      );
      if (o.json) return env.out.json(r);
      if (r.ended) env.out.line(`Ended ${r.ended.title} at ${r.ended.employer} on ${r.ended.endedOn}.`);
      env.out.line(`Started ${r.job.title} at ${r.job.employer} on ${r.job.startedOn}.`);
      env.out.note('Next: keel checkin');
    });
  common(job.command('end').description('end the current job').option('--on <date>', 'last day YYYY-MM-DD (default: today)'))
    .addHelpText('after', '\nExample:\n  keel job end --on 2026-11-27')
    .action(async (o: { on?: string; db?: string; json?: boolean }) => {
      const j = await env.withKeel(o, async (ctx) => (await jobsService()).endJob(ctx, o.on));
      if (o.json) return env.out.json(j);
      env.out.line(`Ended ${j.title} at ${j.employer} on ${j.endedOn}.`);
    });
  common(job.command('list').description('list your jobs'))
    .addHelpText('after', '\nExamples:\n  keel job list\n  keel job list --json')
    .action(async (o: { db?: string; json?: boolean }) => {
      const jobs = await env.withKeel(o, async (ctx) => (await queries()).listJobs(ctx));
      if (o.json) return env.out.json(jobs);
      if (jobs.length === 0) {
        env.out.line('No jobs recorded yet.');
        env.out.note('Next: keel job start <employer> --title <title> --since YYYY-MM-DD');
        return;
      }
      for (const l of table([
        ['ID', 'EMPLOYER', 'TITLE', 'TRACK', 'LEVEL', 'FROM', 'TO'],
        ...jobs.map((j) => [String(j.id), j.employer, j.title, j.track, j.level ?? '', j.startedOn, j.endedOn ?? 'current']),
      ]))
        env.out.line(l);
    });
}

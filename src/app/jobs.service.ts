import type { Job } from '../core/domain.js';
import { invalid, KeelError } from '../core/errors.js';
import { addDays } from '../core/iso-week.js';
import { isoDateSchema, jobInputSchema, parseInput } from '../core/validation.js';
import { type Ctx, requireInitialized } from './context.js';

export interface JobStart {
  employer: unknown;
  title: unknown;
  track?: unknown;
  level?: unknown;
  since?: unknown;
}

/** Starts a job. An open job that started before it is ended the day before (a job change). */
export async function startJob({ store, clock }: Ctx, input: JobStart): Promise<{ job: Job; ended: Job | null }> {
  const j = parseInput(
    jobInputSchema,
    { employer: input.employer, title: input.title, track: input.track ?? undefined, level: input.level ?? null, startedOn: input.since ?? clock.today() },
    (f) => ({ startedOn: 'Try: keel job start Acme --title "Staff Engineer" --since 2024-06-03' })[f] ?? 'Try: keel job start Acme --title "Staff Engineer"',
  );
  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    const jobs = await tx.listJobs();
    if (jobs.some((x) => x.startedOn === j.startedOn && x.employer === j.employer)) {
      throw new KeelError('Conflict', `a job at ${j.employer} starting ${j.startedOn} is already recorded`, 'See them with: keel job list');
    }
    const open = jobs.find((x) => x.endedOn === null);
    let ended: Job | null = null;
    if (open) {
      if (open.startedOn >= j.startedOn) {
        throw invalid(
          `your current job at ${open.employer} started on ${open.startedOn}, not before ${j.startedOn}`,
          `End it first: keel job end --on <date>, or give --since after ${open.startedOn}`,
        );
      }
      const on = addDays(j.startedOn, -1);
      await tx.endJob(open.id, on);
      ended = { ...open, endedOn: on };
    }
    return { job: await tx.insertJob(j), ended };
  });
}

export async function endJob({ store, clock }: Ctx, on?: unknown): Promise<Job> {
  const date = parseInput(isoDateSchema, on ?? clock.today(), () => 'Try: keel job end --on 2026-11-30');
  return store.transaction(async (tx) => {
    const open = (await tx.listJobs()).find((x) => x.endedOn === null);
    if (!open) throw new KeelError('NotFound', 'there is no current job to end', 'Start one with: keel job start <employer> --title <title>');
    if (date < open.startedOn) throw invalid(`the job at ${open.employer} started on ${open.startedOn}, after ${date}`, 'Give --on a date after the start.');
    await tx.endJob(open.id, date);
    return { ...open, endedOn: date };
  });
}

export { listJobs } from './queries.js';

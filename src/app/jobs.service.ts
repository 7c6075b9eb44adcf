import type { Job } from '../core/domain.js';
import { invalid, KeelError } from '../core/errors.js';
import { addDays } from '../core/iso-week.js';
import { isoDateSchema, jobInputSchema, parseField, parseInput } from '../core/validation.js';
import { type Ctx, requireInitialized } from './context.js';

export interface JobStart {
  employer: unknown;
  title: unknown;
  track?: unknown;
  level?: unknown;
  startedOn?: unknown;
}

/** Starts a job. An open job that started before it is ended the day before (a job change). */
export async function startJob({ store, clock }: Ctx, input: JobStart): Promise<{ job: Job; ended: Job | null }> {
  const j = parseInput(jobInputSchema, {
    employer: input.employer,
    title: input.title,
    track: input.track ?? undefined,
    level: input.level ?? null,
    startedOn: input.startedOn ?? clock.today(),
  });
  return store.transaction(async (tx) => {
    await requireInitialized(tx);
    const jobs = await tx.listJobs();
    if (jobs.some((x) => x.startedOn === j.startedOn && x.employer === j.employer)) {
      throw new KeelError('Conflict', `a job at ${j.employer} starting ${j.startedOn} is already recorded`, undefined, { see: { place: 'jobs' } });
    }
    const open = jobs.find((x) => x.endedOn === null);
    let ended: Job | null = null;
    if (open) {
      if (open.startedOn >= j.startedOn) {
        throw invalid(
          `your current job at ${open.employer} started on ${open.startedOn}, not before ${j.startedOn}`,
          `End it first, or start the new one after ${open.startedOn}.`,
          { fields: { startedOn: `must be after ${open.startedOn}, when your current job started` }, see: { place: 'end-job' } },
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
  const date = parseField('endedOn', isoDateSchema, on ?? clock.today());
  return store.transaction(async (tx) => {
    const open = (await tx.listJobs()).find((x) => x.endedOn === null);
    if (!open) throw new KeelError('NotFound', 'there is no current job to end', undefined, { see: { place: 'start-job' } });
    if (date < open.startedOn)
      throw invalid(`the job at ${open.employer} started on ${open.startedOn}, after ${date}`, 'End it on or after the day it started.', {
        fields: { endedOn: `must be on or after ${open.startedOn}` },
      });
    await tx.endJob(open.id, date);
    return { ...open, endedOn: date };
  });
}

export { listJobs } from './queries.js';

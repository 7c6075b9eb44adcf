/** Jobs: one row per job, open while `ended_on` is null. */
import type { Store } from '../app/ports.js';
import type { Job, Track } from '../core/domain.js';
import type { Row } from './columns.js';
import type { Db, JobRow } from './schema.js';

export const toJob = (r: Row<JobRow>): Job => ({
  id: r.id,
  employer: r.employer,
  title: r.title,
  track: r.track as Track,
  level: r.level,
  startedOn: r.started_on,
  endedOn: r.ended_on,
});

export function jobsRepo(db: Db): Pick<Store, 'listJobs' | 'jobOn' | 'insertJob' | 'endJob'> {
  return {
    async listJobs() {
      return (await db.selectFrom('jobs').selectAll().orderBy('started_on').orderBy('id').execute()).map(toJob);
    },
    async jobOn(asOf) {
      const r = await db
        .selectFrom('jobs')
        .selectAll()
        .where('started_on', '<=', asOf)
        .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>=', asOf)]))
        .orderBy('started_on', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst();
      return r ? toJob(r) : null;
    },
    async insertJob(j) {
      const r = await db
        .insertInto('jobs')
        .values({ employer: j.employer, title: j.title, track: j.track, level: j.level, started_on: j.startedOn, ended_on: null })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toJob(r);
    },
    async endJob(id, on) {
      await db.updateTable('jobs').set({ ended_on: on }).where('id', '=', id).execute();
    },
  };
}

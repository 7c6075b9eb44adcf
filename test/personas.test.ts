// Every persona, shared and Keel's own, replayed through the built CLI on a fresh database and judged
// by `keel status --as-of <asOf> --json`.
import { describe, expect, it } from 'vitest';
import { json, tempDb } from './helpers/cli.js';
import { keelIn } from './helpers/cli-inprocess.js';
import { type Persona, type PersonaCheckIn, replay, replayIn, sharedPersonas } from './helpers/personas.js';

interface StatusJson {
  asOf: string;
  verdict: string;
  reasons: { rule: string; level: string; summary: string; principle: string; evidence: { date: string; what: string }[] }[];
  nudges: { rule: string; kind: string; message: string }[];
  notEnoughData: string[];
}

const week = (w: number | string, over: Partial<PersonaCheckIn> = {}): PersonaCheckIn => ({
  week: typeof w === 'number' ? `2026-W${String(w).padStart(2, '0')}` : w,
  hours: 36,
  quality: 4,
  satisfaction: 4,
  energy: 4,
  growth: 4,
  respected: 'yes',
  win: ['Helped a teammate'],
  ...over,
});
const weeks = (from: number, to: number, over: (n: number) => Partial<PersonaCheckIn> = () => ({})) =>
  Array.from({ length: to - from + 1 }, (_, i) => week(from + i, over(from + i)));
const seen = (trigger: string, on: string, severity = 2) => ({ trigger, on, severity, note: `${trigger} on ${on}` });

type Spec = Omit<Partial<Persona>, 'expect'> & { expect: Partial<Persona['expect']> & { verdict: Persona['expect']['verdict'] } };
const persona = (name: string, description: string, spec: Spec): Persona => ({
  name,
  description,
  asOf: '2026-11-29',
  template: 'starter',
  job: { employer: 'Acme', title: 'Engineer', track: 'ic', since: '2025-01-06' },
  triggers: [],
  checkins: weeks(41, 48),
  observations: [],
  ...spec,
  expect: { reasons: [], notReasons: [], nudges: [], notNudges: [], ...spec.expect },
});

const OWN: Persona[] = [
  persona('cluster-one-short', 'One trigger in 12 weeks: not enough on its own.', {
    observations: [seen('values', '2026-11-02')],
    expect: { verdict: 'stay', notReasons: ['triggers-cluster'] },
  }),
  persona('cluster-at-watch', 'Exactly two distinct triggers: watch.', {
    observations: [seen('values', '2026-10-20'), seen('privacy', '2026-11-17')],
    expect: { verdict: 'watch', reasons: ['triggers-cluster'], levels: { 'triggers-cluster': 'watch' } },
  }),
  persona('cluster-outside-window-by-a-day', 'The third trigger fell on the Sunday before the 12-week window.', {
    observations: [seen('values', '2026-09-06'), seen('privacy', '2026-10-20'), seen('gamified-kpis', '2026-11-17')],
    expect: { verdict: 'watch', levels: { 'triggers-cluster': 'watch' } },
  }),
  persona('cluster-inside-window-on-its-first-day', 'The third trigger fell on the Monday that opens the window.', {
    observations: [seen('values', '2026-09-07'), seen('privacy', '2026-10-20'), seen('gamified-kpis', '2026-11-17')],
    expect: { verdict: 'look', levels: { 'triggers-cluster': 'look' } },
  }),
  persona('retired-trigger', 'Three triggers, but one was retired: it no longer counts.', {
    observations: [seen('values', '2026-10-20'), seen('privacy', '2026-11-03'), seen('gamified-kpis', '2026-11-17')],
    retire: ['privacy'],
    expect: { verdict: 'watch', levels: { 'triggers-cluster': 'watch' } },
  }),
  persona('job-change-mid-window', 'Triggers and unhappy weeks at the old job do not count against the new one.', {
    job: { employer: 'Initech', title: 'Engineer', track: 'ic', since: '2023-01-02' },
    laterJobs: [{ employer: 'Globex', title: 'Senior Engineer', track: 'ic', since: '2026-10-12' }],
    checkins: [...weeks(38, 41, () => ({ satisfaction: 1 })), ...weeks(42, 48)],
    observations: [seen('values', '2026-09-20'), seen('privacy', '2026-10-05'), seen('gamified-kpis', '2026-11-10')],
    expect: { verdict: 'stay', notReasons: ['triggers-cluster', 'unsatisfied'], notNudges: ['light-search-due'] },
  }),
  persona('unsatisfied-one-short', 'One unhappy week of four.', {
    checkins: weeks(41, 48, (n) => (n === 47 ? { satisfaction: 2 } : {})),
    expect: { verdict: 'stay', notReasons: ['unsatisfied'] },
  }),
  persona('unsatisfied-watch', 'Two unhappy weeks of the last four.', {
    checkins: weeks(41, 48, (n) => (n === 46 || n === 48 ? { satisfaction: 2 } : {})),
    expect: { verdict: 'watch', levels: { unsatisfied: 'watch' } },
  }),
  persona('unsatisfied-look', 'Three unhappy weeks of the last four: a sign on its own.', {
    checkins: weeks(41, 48, (n) => (n >= 46 ? { satisfaction: 1 } : {})),
    expect: { verdict: 'look', levels: { unsatisfied: 'look' } },
  }),
  persona('unsatisfied-outside-window', 'The unhappy weeks were W44 and W45; the window is W45–W48.', {
    checkins: weeks(41, 48, (n) => (n === 44 || n === 45 ? { satisfaction: 1 } : {})),
    expect: { verdict: 'stay', notReasons: ['unsatisfied'] },
  }),
  persona('unsatisfied-not-enough-data', 'A single check-in, however unhappy, is not enough data.', {
    checkins: [week(48, { satisfaction: 1 })],
    expect: { verdict: 'stay', notReasons: ['unsatisfied'], notEnoughData: ['unsatisfied', 'no-energy', 'not-growing'] },
  }),
  persona('blame-once', 'Blame seen once: watch.', {
    observations: [seen('blame', '2026-11-18')],
    expect: { verdict: 'watch', levels: { 'blame-culture': 'watch' } },
  }),
  persona('blame-twice-same-week', 'Blame twice in one ISO week is one week.', {
    observations: [seen('blame', '2026-11-16'), seen('blame', '2026-11-19')],
    expect: { verdict: 'watch', levels: { 'blame-culture': 'watch' } },
  }),
  persona('blame-two-weeks', 'Blame in two different weeks: a sign on its own.', {
    observations: [seen('blame', '2026-11-10'), seen('blame', '2026-11-18')],
    expect: { verdict: 'look', levels: { 'blame-culture': 'look' }, notReasons: ['triggers-cluster'] },
  }),
  persona('trigger-persists', 'No growth, noticed in four different weeks of eight.', {
    observations: ['2026-10-13', '2026-10-27', '2026-11-10', '2026-11-24'].map((d) => seen('no-growth', d, 1)),
    expect: { verdict: 'watch', levels: { 'trigger-persists': 'watch' }, notReasons: ['triggers-cluster'] },
  }),
  persona('trigger-persists-one-short', 'No growth, noticed in three weeks of eight.', {
    observations: ['2026-10-27', '2026-11-10', '2026-11-24'].map((d) => seen('no-growth', d, 1)),
    expect: { verdict: 'stay', notReasons: ['trigger-persists'] },
  }),
  persona('health-once', 'Health not respected one week: watch.', {
    checkins: weeks(41, 48, (n) => (n === 48 ? { respected: 'no' } : {})),
    expect: { verdict: 'watch', levels: { 'health-not-respected': 'watch' } },
  }),
  persona('health-twice', 'Health not respected two weeks of four: look.', {
    checkins: weeks(41, 48, (n) => (n >= 47 ? { respected: 'no' } : {})),
    expect: { verdict: 'look', levels: { 'health-not-respected': 'look' } },
  }),
  persona('no-energy', 'Draining work in six of eight weeks.', {
    checkins: weeks(41, 48, (n) => (n <= 46 ? { energy: 2 } : {})),
    expect: { verdict: 'watch', levels: { 'no-energy': 'watch' } },
  }),
  persona('no-energy-not-enough-data', 'Five check-ins cannot show six draining weeks.', {
    checkins: weeks(44, 48, () => ({ energy: 1 })),
    expect: { verdict: 'stay', notReasons: ['no-energy'], notEnoughData: ['no-energy'] },
  }),
  persona('not-growing', 'Learning nothing for six weeks.', {
    checkins: weeks(41, 48, (n) => (n >= 43 ? { growth: 1 } : {})),
    expect: { verdict: 'watch', levels: { 'not-growing': 'watch' } },
  }),
  persona('overwork-one-short', 'One long week at average quality is not a pattern.', {
    checkins: weeks(41, 48, (n) => (n === 48 ? { hours: 46, quality: 3 } : {})),
    expect: { verdict: 'stay', notNudges: ['overwork'] },
  }),
  persona('long-hours-great-work', 'Long weeks of genuinely great work get no rest nudge.', {
    checkins: weeks(41, 48, () => ({ hours: 46, quality: 5 })),
    expect: { verdict: 'stay', notNudges: ['overwork'] },
  }),
  persona('light-search-due', 'Three and a half years in one job, never a search.', {
    job: { employer: 'Acme', title: 'Engineer', track: 'ic', since: '2023-06-05' },
    expect: { verdict: 'stay', nudges: ['light-search-due'] },
  }),
  persona('light-search-one-day-short', 'Three years tomorrow.', {
    job: { employer: 'Acme', title: 'Engineer', track: 'ic', since: '2023-11-30' },
    expect: { verdict: 'stay', notNudges: ['light-search-due'] },
  }),
  persona('wellbeing-very-low', 'WHO-5 raw 7 (28%): a kind suggestion to talk to someone.', {
    checkins: weeks(41, 48, (n) => (n === 48 ? { who5: [2, 2, 1, 1, 1] } : {})),
    expect: { verdict: 'stay', nudges: ['low-wellbeing'] },
  }),
  persona('wellbeing-stale', 'A low WHO-5 five weeks ago is history, not a current score.', {
    checkins: weeks(41, 48, (n) => (n === 44 ? { who5: [1, 1, 1, 1, 1] } : {})),
    expect: { verdict: 'stay', notNudges: ['low-wellbeing'], notEnoughData: ['low-wellbeing'] },
  }),
  persona('burnout-watch', 'CBI work-related at 100: rest, and keep watch.', {
    checkins: weeks(41, 48, (n) => (n === 48 ? { cbi: [4, 4, 4, 4, 4, 4, 0] } : {})),
    expect: { verdict: 'watch', levels: { burnout: 'watch' }, nudges: ['burnout'] },
  }),
  persona('no-wins', 'Checking in every week, never logging a win.', {
    checkins: weeks(41, 48, () => ({ win: [] })),
    expect: { verdict: 'stay', nudges: ['no-wins'] },
  }),
  persona('blank-template', 'A blank start with the user’s own triggers; the rule quotes its built-in belief.', {
    template: 'blank',
    triggers: ['On-call load never gets fixed', 'Promises about promotion keep moving'],
    observations: [seen('on-call-load-never-fixed', '2026-11-02'), seen('Promises about promotion keep moving', '2026-11-20')],
    expect: { verdict: 'watch', levels: { 'triggers-cluster': 'watch' }, notReasons: ['blame-culture'] },
  }),
  persona('stricter-rule', 'The user raised the cluster thresholds to 3 and 4.', {
    rules: [
      ['triggers-cluster', 'look=4'],
      ['triggers-cluster', 'watch=3'],
    ],
    observations: [seen('values', '2026-10-20'), seen('privacy', '2026-11-03'), seen('gamified-kpis', '2026-11-17')],
    expect: { verdict: 'watch', levels: { 'triggers-cluster': 'watch' } },
  }),
];

function check(p: Persona, status: StatusJson): void {
  const e = p.expect;
  const reasons = status.reasons.map((r) => r.rule);
  const nudges = status.nudges.map((n) => n.rule);
  expect(status.asOf).toBe(p.asOf);
  expect(status.verdict, `${p.name}: verdict`).toBe(e.verdict);
  for (const r of e.reasons) expect(reasons, `${p.name}: reason ${r}`).toContain(r);
  for (const r of e.notReasons) expect(reasons, `${p.name}: not reason ${r}`).not.toContain(r);
  for (const n of e.nudges) expect(nudges, `${p.name}: nudge ${n}`).toContain(n);
  for (const n of e.notNudges) expect(nudges, `${p.name}: not nudge ${n}`).not.toContain(n);
  for (const n of e.notEnoughData ?? []) expect(status.notEnoughData, `${p.name}: not enough data for ${n}`).toContain(n);
  for (const [rule, level] of Object.entries(e.levels ?? {}))
    expect(status.reasons.find((r) => r.rule === rule)?.level, `${p.name}: level of ${rule}`).toBe(level);
  for (const r of status.reasons) {
    expect(r.principle.length, `${p.name}: ${r.rule} quotes its principle`).toBeGreaterThan(10);
    expect(r.evidence.length, `${p.name}: ${r.rule} has evidence`).toBeGreaterThan(0);
    for (const ev of r.evidence) expect(ev.date <= p.asOf).toBe(true);
  }
}

/** The verdict of a persona replayed in-process, as `keel status --as-of <asOf> --json` says it. */
async function statusIn(p: Persona): Promise<StatusJson> {
  const db = tempDb();
  await replayIn(p, db);
  const r = await keelIn(['status', '--as-of', p.asOf, '--json'], { db, today: p.asOf });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as StatusJson;
}

describe('personas (test/fixtures/personas)', () => {
  const shared = sharedPersonas();
  it('finds the shared personas', () => expect(shared.length).toBeGreaterThanOrEqual(3));
  it.each(shared.map((p) => [p.name, p] as const))('%s', async (_name, p) => check(p, await statusIn(p)));
  it('gives the same verdict through the built binary, one process per command', async () => {
    const p = shared[0] as Persona;
    const db = tempDb();
    replay(p, db);
    expect(json<StatusJson>(['status', '--as-of', p.asOf], { db, today: p.asOf })).toEqual(await statusIn(p));
  });
});

describe("Keel's own personas: each rule kind at its boundaries", () => {
  it.each(OWN.map((p) => [p.name, p] as const))('%s', async (_name, p) => check(p, await statusIn(p)));
});

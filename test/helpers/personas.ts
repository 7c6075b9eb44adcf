/** Replays a persona (test/fixtures/personas format) through the built CLI on a fresh database. */
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, ok } from './cli.js';
import { keelIn } from './cli-inprocess.js';

export interface PersonaCheckIn {
  week: string;
  hours: number;
  quality: number;
  satisfaction: number;
  energy: number;
  growth: number;
  respected: 'yes' | 'no';
  note?: string;
  observe?: string[];
  win?: string[];
  who5?: number[];
  cbi?: (number | null)[];
}

export interface Persona {
  name: string;
  description: string;
  asOf: string;
  template: 'starter' | 'blank';
  job: { employer: string; title: string; track: string; since: string };
  /** Keel's own personas may change jobs: later jobs, started in order. */
  laterJobs?: { employer: string; title: string; track: string; since: string }[];
  triggers: string[];
  checkins: PersonaCheckIn[];
  observations: { trigger: string; on: string; severity: number; note?: string }[];
  /** Keel's own personas may retire triggers after observing them. */
  retire?: string[];
  /** Keel's own personas may change rule parameters: [rule, key=value]. */
  rules?: [string, string][];
  expect: {
    verdict: 'stay' | 'watch' | 'look';
    reasons: string[];
    notReasons: string[];
    nudges: string[];
    notNudges: string[];
    notEnoughData?: string[];
    levels?: Record<string, 'watch' | 'look'>;
  };
}

export function sharedPersonas(): Persona[] {
  const dir = path.join(FIXTURES, 'personas');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Persona);
}

/** The commands that replay a persona, in order: the same whether spawned or run in-process. */
export function replayCommands(p: Persona): string[][] {
  const out: string[][] = [['init', '--template', p.template]];
  for (const j of [p.job, ...(p.laterJobs ?? [])]) out.push(['job', 'start', j.employer, '--title', j.title, '--track', j.track, '--since', j.since]);
  for (const t of p.triggers) out.push(['trigger', 'add', t]);
  for (const [rule, assignment] of p.rules ?? []) out.push(['rules', 'set', rule, assignment]);
  for (const c of p.checkins) {
    const args = ['checkin', '--week', c.week, '--hours', String(c.hours), '--quality', String(c.quality), '--satisfaction', String(c.satisfaction)];
    args.push('--energy', String(c.energy), '--growth', String(c.growth), '--respected', c.respected);
    if (c.note) args.push('--note', c.note);
    for (const t of c.observe ?? []) args.push('--observe', t);
    for (const w of c.win ?? []) args.push('--win', w);
    if (c.who5) args.push('--who5', c.who5.join(','));
    if (c.cbi) args.push('--cbi', c.cbi.map((x) => (x === null ? '' : String(x))).join(','));
    out.push(args);
  }
  for (const ob of p.observations) out.push(['observe', ob.trigger, '--on', ob.on, '--severity', String(ob.severity), ...(ob.note ? ['--note', ob.note] : [])]);
  for (const t of p.retire ?? []) out.push(['trigger', 'retire', t]);
  return out;
}

/** Replays a persona through the built binary, one process per command. */
export function replay(p: Persona, db: string): void {
  for (const args of replayCommands(p)) ok(args, { db, today: p.asOf });
}

/** Replays a persona in-process (`run(argv, deps)`), as fast as the program allows. */
export async function replayIn(p: Persona, db: string): Promise<void> {
  for (const args of replayCommands(p)) {
    const r = await keelIn(args, { db, today: p.asOf });
    if (r.code !== 0) throw new Error(`keel ${args.join(' ')} exited ${r.code}\n${r.stderr}${r.stdout}`);
  }
}

/**
 * A KeelError in the command line's words: the use case names its inputs as its schema does
 * (`observedOn`, `who5.2`) and says where to go next as a place (`triggers`); here they become the
 * flags of the command that ran (`--on`, `--who5`) and the command that goes there (`keel trigger list`).
 */
import type { KeelError, Place, See } from '../core/errors.js';
import { isoWeekOf } from '../core/iso-week.js';
import type { NudgeKind } from '../core/rules.js';
import type { Nudge } from '../core/verdict.js';

/** The flag for each input name, wherever a command does not say otherwise; an example value after it. */
const FLAG: Record<string, [flag: string, example: (today: string) => string]> = {
  week: ['--week', () => ''],
  hours: ['--hours', () => '38'],
  quality: ['--quality', () => '4'],
  satisfaction: ['--satisfaction', () => '4'],
  energy: ['--energy', () => '4'],
  growth: ['--growth', () => '4'],
  respected: ['--respected', () => 'yes'],
  note: ['--note', () => '"…"'],
  who5: ['--who5', () => '3,4,3,2,4'],
  cbi: ['--cbi', () => '2,2,1,2,1,1,3'],
  win: ['--win', () => '"Shipped the importer"'],
  observedOn: ['--on', (t) => t],
  achievedOn: ['--on', (t) => t],
  movedOn: ['--on', (t) => t],
  notedOn: ['--on', (t) => t],
  answeredOn: ['--on', (t) => t],
  on: ['--on', (t) => t],
  endedOn: ['--on', (t) => t],
  startedOn: ['--on', (t) => t],
  asOf: ['--as-of', (t) => t],
  severity: ['--severity', () => '2'],
  weight: ['--weight', () => '2'],
  slug: ['--slug', () => 'no-growth'],
  kind: ['--kind', () => 'enabled-others'],
  impact: ['--impact', () => '"…"'],
  people: ['--with', () => '"Sam"'],
  sourceDate: ['--source-date', () => '2019-06-01'],
  source: ['--source', () => '"my first manager"'],
  tags: ['--tag', () => 'health'],
  reason: ['--reason', () => '"…"'],
  section: ['--section', () => '"Health"'],
  every: ['--every', () => '120'],
  title: ['--title', () => '"How I work"'],
  since: ['--since', () => '2026-01-01'],
  until: ['--until', () => '2026-06-30'],
  format: ['--format', () => 'html'],
  day: ['--day', () => 'fri'],
  time: ['--time', () => '16:30'],
  role: ['--role', () => '"Staff Engineer"'],
  link: ['--link', () => 'https://example.org/jobs/42'],
  stage: ['--stage', () => 'applied'],
  pay: ['--pay', () => '185000'],
  currency: ['--currency', () => 'EUR'],
  level: ['--level', () => 'Staff'],
  track: ['--track', () => 'ic'],
  deadline: ['--deadline', (t) => t],
  who: ['--with', () => '"Ana Ruiz"'],
  whoRole: ['--role', () => '"Engineering manager"'],
  answer: ['--answer', () => '3'],
  archetype: ['--archetype', () => 'architect'],
  breadth: ['--breadth', () => 'deep'],
};

/** Where a command's flag differs from the usual one: `keel job start --since`. */
const BY_COMMAND: Record<string, Record<string, string>> = {
  'job start': { startedOn: '--since' },
  'opp move': { stage: '<stage>' },
  'opp add': { company: '<company>' },
  'trigger rename': { slug: '<new-slug>' },
  'doc section': { title: '<title>', place: '<place>' },
  'doc add': { text: '<text>' },
  'doc edit': { text: '--text' },
  'question add': { text: '<text>' },
  'brag add': { text: '<text>' },
  'trigger add': { text: '<text>' },
};

/** The command that goes to each place. */
const PLACE: Record<Place, (ref: string | undefined) => string> = {
  setup: () => 'Set Keel up with: keel init (or keel init --template blank)',
  status: () => 'See where you stand with: keel status',
  triggers: () => 'See them with: keel trigger list',
  'all-triggers': () => 'See them with: keel trigger list --all',
  document: () => 'See the document with: keel doc list',
  jobs: () => 'See them with: keel job list',
  'start-job': () => 'Start one with: keel job start <employer> --title <title>',
  'end-job': () => 'End it with: keel job end --on <date>',
  rules: () => 'See the rules with: keel rules list',
  questions: () => 'See the bank with: keel question list',
  opportunities: () => 'See them with: keel opp list',
  opportunity: (ref) => `See it with: keel opp show ${ref ?? '<opp>'}`,
  goals: () => 'See your goals with: keel direction goals',
  wins: () => 'See the wins and their ids with: keel brag list',
  'start-search': () => 'Start one with: keel search start --light',
  'end-search': () => 'End it with: keel search end',
  'restore-trigger': (ref) => `Restore it with: keel trigger restore ${ref ?? '<trigger>'}`,
  'replace-check-in': (ref) => `Redo it with: keel checkin --week ${ref ?? '<week>'} --replace …`,
  'record-offer': () => 'Record it with: keel opp offer <opp> --pay <yearly amount>',
  export: () => 'Export again with: keel export',
  'replace-import': () => 'Use: keel import <file> --replace, or --db <new file>',
};

/** A nudge with the command that acts on it: `… (keel search start --light)`. */
export const nudgeText = (n: Nudge): string => (NUDGE_COMMAND[n.kind] ? `${n.message} (${NUDGE_COMMAND[n.kind]})` : n.message);

/** The command that acts on a kind of nudge. */
export const NUDGE_COMMAND: Partial<Record<NudgeKind, string>> = {
  'light-search': 'keel search start --light',
  'log-a-win': 'keel brag add "<what went well>"',
  review: 'keel doc review',
};

/** `--quality 4`: a flag with a good value, for hints. */
export const example = (field: string, today: string): string => exampleFor(field, '', today) ?? flagFor(field, '');

/** The flag (or `<argument>`) a command takes an input by. */
function flagFor(field: string, command: string): string {
  const top = field.split('.')[0] ?? field;
  return (
    BY_COMMAND[command]?.[top] ?? BY_COMMAND[command.split(' ')[0] ?? '']?.[top] ?? FLAG[top]?.[0] ?? `--${top.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`
  );
}

/** `where` for a place, as a line to print. */
const placeLine = (see: See): string => PLACE[see.place](see.ref);

/**
 * An error as two lines: the message with its inputs named by flag (`--on 2030-01-01 is in the future
 * …`, and any other bad input after it), then what to do: the use case's hint, then a command that
 * goes where it says, or an example of a good value.
 */
export function explainError(e: KeelError, command: string, today: string): { message: string; notes: string[] } {
  const fields = Object.keys(e.fields);
  const first = fields[0];
  let message = e.message;
  const named = (f: string) => {
    const [, index] = f.split('.');
    return `${flagFor(f, command).replace(/^<(.*)>$/, '$1')}${index !== undefined && /^\d+$/.test(index) ? ` answer ${Number(index) + 1}` : ''}`;
  };
  if (first && message.startsWith(`${first} `)) message = `${named(first)} ${message.slice(first.length + 1)}`;
  const more = fields.slice(1).map((f) => `${named(f)} ${e.fields[f]}`);
  if (more.length) message = `${message}; also ${more.join('; ')}`;
  const example = first && !e.see ? exampleFor(first, command, today) : null;
  const next = e.see ? placeLine(e.see) : example ? `Try: ${example}` : e.code === 'InvalidInput' && command ? `See: keel ${command} --help` : null;
  const hint = [e.hint, next].filter(Boolean).join(' ');
  return { message, notes: hint ? [hint] : [] };
}

function exampleFor(field: string, command: string, today: string): string | null {
  const flag = flagFor(field, command);
  if (!flag.startsWith('--')) return null;
  const top = field.split('.')[0] ?? field;
  const value = top === 'week' ? isoWeekOf(today) : (FLAG[top]?.[1](today) ?? '');
  return value ? `${flag} ${value}` : null;
}

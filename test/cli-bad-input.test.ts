// Bad input of every kind: a one-line message with a hint on stderr, the right exit code, and nothing changed.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { keel, ok, tempDb, tempDir } from './helpers/cli.js';
import { keelIn } from './helpers/cli-inprocess.js';

const require = createRequire(import.meta.url);
const db = tempDb();
const files = tempDir('keel-bad-files-');
const file = (name: string, content: string | Buffer) => {
  const p = path.join(files, name);
  fs.writeFileSync(p, content);
  return p;
};
const base = ['checkin', '--hours', '38', '--quality', '4', '--satisfaction', '4', '--energy', '4', '--growth', '4', '--respected', 'yes'];
const withFlag = (flag: string, value: string) => {
  const args = [...base];
  const i = args.indexOf(flag);
  if (i >= 0) args[i + 1] = value;
  else args.push(flag, value);
  return args;
};

let goodExport = '';
/** Like `ok`, in-process: fails with the output when the command does not exit 0. */
const okIn = async (args: string[]) => {
  const r = await keelIn(args, { db });
  if (r.code !== 0) throw new Error(`keel ${args.join(' ')} exited ${r.code}\n${r.stderr}`);
  return r;
};

beforeAll(async () => {
  await okIn(['init']);
  await okIn(['job', 'start', 'Acme', '--title', 'Engineer', '--since', '2025-01-06']);
  await okIn([...base, '--week', '2026-W47', '--win', 'Shipped']);
  await okIn(['observe', 'values', '--on', '2026-11-20', '--note', 'Reversed a promise']);
  goodExport = (await okIn(['export'])).stdout;
  const data = JSON.parse(goodExport);
  file('good.json', goodExport);
  file('truncated.json', goodExport.slice(0, goodExport.length / 2));
  file('newer.json', JSON.stringify({ ...data, version: 99 }));
  file('wrong-format.json', JSON.stringify({ ...data, format: 'something-else' }));
  file('bad-scale.json', JSON.stringify({ ...data, checkIns: [{ ...data.checkIns[0], quality: 9 }] }));
  file('bad-week.json', JSON.stringify({ ...data, checkIns: [{ ...data.checkIns[0], week: '2026-W60' }] }));
  file('dangling.json', JSON.stringify({ ...data, observations: [{ ...data.observations[0], triggerId: 999 }] }));
  file('duplicate-week.json', JSON.stringify({ ...data, checkIns: [data.checkIns[0], { ...data.checkIns[0], id: 50 }] }));
  file(
    'bad-rule.json',
    JSON.stringify({
      ...data,
      rules: data.rules.map((r: { name: string; params: object }) => (r.name === 'unsatisfied' ? { ...r, params: { ...r.params, look: 1 } } : r)),
    }),
  );
  file('binary.json', Buffer.from([0x7b, 0x00, 0x01, 0x02]));
  file('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
  file('empty.json', '');
  file('not-json.json', 'format: keel-export\n');
});

const unchanged = async () => expect((await keelIn(['export'], { db })).stdout).toBe(goodExport);

// [name, args, exit code, message pattern, hint pattern]
const CASES: [string, string[], number, RegExp, RegExp][] = [
  ['quality above the scale', withFlag('--quality', '6'), 2, /^keel: --quality must be a whole number 1–5 \(got 6\)$/m, /Try: --quality 4/],
  ['quality zero', withFlag('--quality', '0'), 2, /--quality must be a whole number 1–5 \(got 0\)/, /--quality 4/],
  ['quality not a number', withFlag('--quality', 'great'), 2, /--quality must be a whole number 1–5 \(got "great"\)/, /--quality 4/],
  ['satisfaction fractional', withFlag('--satisfaction', '3.5'), 2, /--satisfaction must be a whole number 1–5 \(got 3.5\)/, /--satisfaction 4/],
  ['energy negative', withFlag('--energy', '-1'), 2, /--energy must be a whole number 1–5 \(got -1\)/, /--energy 4/],
  ['growth too high', withFlag('--growth', '50'), 2, /--growth must be a whole number 1–5 \(got 50\)/, /--growth 4/],
  ['hours above 120', withFlag('--hours', '121'), 2, /--hours must be a number 0–120 \(got 121\)/, /--hours 38/],
  ['hours negative', withFlag('--hours', '-5'), 2, /--hours must be a number 0–120 \(got -5\)/, /--hours 38/],
  ['respected maybe', withFlag('--respected', 'maybe'), 2, /--respected must be yes or no \(got "maybe"\)/, /--respected yes/],
  ['week 60', withFlag('--week', '2026-W60'), 2, /--week must be an existing ISO week/, /--week 2026-W48/],
  ['week 53 of a short year', withFlag('--week', '2025-W53'), 2, /week must be an existing ISO week/, /--week/],
  ['week in the future', withFlag('--week', '2026-W50'), 2, /--week 2026-W50 has not started yet/, /--week 2026-W48/],
  ['duplicate week without --replace', withFlag('--week', '2026-W47'), 1, /you already checked in for 2026-W47/, /--replace/],
  [
    'missing flags without a terminal',
    ['checkin', '--hours', '38'],
    2,
    /missing --quality, --satisfaction, --energy, --growth, --respected/,
    /Try: keel checkin --quality 4/,
  ],
  ['WHO-5 with four answers', withFlag('--who5', '3,3,3,3'), 2, /--who5 needs exactly 5 answers/, /--who5/],
  ['WHO-5 answer above 5', withFlag('--who5', '3,3,3,3,6'), 2, /--who5 answer 5 must be a whole number 0–5 \(got 6\)/, /--who5/],
  ['CBI answer above 4', withFlag('--cbi', '1,1,1,1,1,1,5'), 2, /--cbi answer 7 must be a whole number 0–4 \(got 5\)/, /--cbi/],
  ['unknown trigger in a check-in', withFlag('--observe', 'astrology'), 1, /no trigger "astrology"/, /keel trigger list/],
  ['observe an unknown trigger', ['observe', 'astrology'], 1, /no trigger "astrology"/, /keel trigger list/],
  ['observe with severity 4', ['observe', 'values', '--severity', '4'], 2, /--severity must be a whole number 1–3 \(got 4\)/, /Try: --severity 2/],
  ['observe on an impossible date', ['observe', 'values', '--on', '2026-02-30'], 2, /--on must be a real date/, /Try: --on \d{4}-\d{2}-\d{2}/],
  [
    'job with a bad track',
    ['job', 'start', 'Initech', '--title', 'Engineer', '--track', 'wizard', '--since', '2026-11-01'],
    2,
    /--track must be ic or manager/,
    /Try: --track ic/,
  ],
  [
    'job start before the current one',
    ['job', 'start', 'Initech', '--title', 'Engineer', '--since', '2024-01-01'],
    2,
    /started on 2025-01-06, not before 2024-01-01/,
    /keel job end/,
  ],
  ['job without a title', ['job', 'start', 'Initech'], 2, /required option '--title <title>' not specified/, /Try: keel job start --help/],
  ['status as of a non-date', ['status', '--as-of', 'yesterday'], 2, /--as-of must be a date YYYY-MM-DD \(got "yesterday"\)/, /Try: --as-of \d{4}-\d{2}-\d{2}/],
  ['unknown command', ['frobnicate'], 2, /unknown command 'frobnicate'/, /Try: keel --help/],
  ['unknown option', ['status', '--colour'], 2, /unknown option '--colour'/, /Try: keel status --help/],
  ['rule parameter out of range', ['rules', 'set', 'unsatisfied', 'weeks=0'], 2, /rule unsatisfied: weeks must be 1–104 weeks \(got 0\)/, /keel rules list/],
  ['rule look below watch', ['rules', 'set', 'unsatisfied', 'look=1'], 2, /look must be greater than watch/, /keel rules list/],
  ['rule without key=value', ['rules', 'set', 'unsatisfied', 'weeks'], 2, /"weeks" is not key=value/, /keel rules set unsatisfied weeks=6/],
  ['unknown rule', ['rules', 'set', 'astrology', 'weeks=4'], 1, /no rule "astrology"/, /keel rules list/],
  [
    'brag with an unknown kind',
    ['brag', 'add', 'Did a thing', '--kind', 'heroics'],
    2,
    /--kind must be delivered, enabled-others, learned or recognized/,
    /Try: --kind enabled-others/,
  ],
  ['retire an unknown trigger', ['trigger', 'retire', 'astrology'], 1, /no trigger "astrology"/, /keel trigger list/],
  ['a second init', ['init'], 1, /already set up/, /keel status/],
  ['import into a database with data', ['import', path.join('FILES', 'good.json')], 1, /already holds data/, /--replace/],
  ['import truncated JSON', ['import', path.join('FILES', 'truncated.json'), '--replace'], 1, /not valid JSON/, /Nothing was imported/],
  ['import from a newer Keel', ['import', path.join('FILES', 'newer.json'), '--replace'], 1, /written by a newer Keel \(export version 99/, /Upgrade Keel/],
  ['import of another format', ['import', path.join('FILES', 'wrong-format.json'), '--replace'], 1, /format/, /Nothing was imported/],
  ['import with a scale out of range', ['import', path.join('FILES', 'bad-scale.json'), '--replace'], 1, /checkIns\.0\.quality/, /Nothing was imported/],
  ['import with week 60', ['import', path.join('FILES', 'bad-week.json'), '--replace'], 1, /checkIns\.0\.week/, /Nothing was imported/],
  [
    'import with a dangling reference',
    ['import', path.join('FILES', 'dangling.json'), '--replace'],
    1,
    /observations\.0\.triggerId: refers to a missing trigger/,
    /Nothing was imported/,
  ],
  ['import with a week twice', ['import', path.join('FILES', 'duplicate-week.json'), '--replace'], 1, /a second check-in for 2026-W47/, /Nothing was imported/],
  ['import with an invalid rule', ['import', path.join('FILES', 'bad-rule.json'), '--replace'], 1, /look must be greater than watch/, /Nothing was imported/],
  ['import a binary file', ['import', path.join('FILES', 'binary.json'), '--replace'], 1, /looks binary/, /text file/],
  ['import a Latin-1 file', ['import', path.join('FILES', 'latin1.json'), '--replace'], 1, /not valid UTF-8/, /UTF-8/],
  ['import an empty file', ['import', path.join('FILES', 'empty.json'), '--replace'], 1, /is empty/, /Nothing was imported/],
  ['import YAML-ish text', ['import', path.join('FILES', 'not-json.json'), '--replace'], 1, /not valid JSON/, /Nothing was imported/],
  ['import an unreadable path', ['import', '/nonexistent/keel.json'], 1, /cannot read \/nonexistent\/keel.json \(ENOENT\)/, /Check the path/],
  ['import a directory', ['import', '/tmp'], 1, /\/tmp is not a file/, /path of a file/],
];

describe('bad input is refused clearly and changes nothing', () => {
  it(`covers at least 30 cases (${CASES.length})`, () => expect(CASES.length).toBeGreaterThanOrEqual(30));
  // In-process through run(argv, deps): the same program and store, without a Node.js start per case.
  it.each(CASES)('%s', async (_name, rawArgs, code, message, hint) => {
    const args = rawArgs.map((a) => a.replace(/^FILES/, files));
    const r = await keelIn(args, { db });
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^keel: /);
    expect(lines[0]).toMatch(message);
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines[1] ?? '').toMatch(hint);
    await unchanged();
  });
});

describe.skipIf(process.env.KEEL_FAST_TESTS === '1')('the built binary says the same', () => {
  // A handful spawned against dist/keel.mjs: the bundle maps errors and exit codes like the program in-process.
  it.each(CASES.filter(([name]) => ['quality above the scale', 'unknown command', 'import truncated JSON', 'a second init'].includes(name)))(
    '%s',
    async (_name, rawArgs, code, message, hint) => {
      const args = rawArgs.map((a) => a.replace(/^FILES/, files));
      const spawned = keel(args, { db });
      const inProcess = await keelIn(args, { db });
      expect(spawned).toEqual(inProcess);
      expect(spawned.code).toBe(code);
      expect(spawned.stderr.split('\n')[0]).toMatch(message);
      expect(spawned.stderr.split('\n')[1] ?? '').toMatch(hint);
    },
  );
});

// Spawned: these read and write database files the way a separate process does (skipped by `npm run test:fast`).
describe.skipIf(process.env.KEEL_FAST_TESTS === '1')('databases that are not ours', () => {
  it('refuses a file that is not SQLite', () => {
    const p = file('notes.db', 'just some text, not a database at all, long enough to not be empty');
    const r = keel(['status'], { db: p });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is not a Keel database \(SQLITE_NOTADB\)/);
    expect(fs.readFileSync(p, 'utf8')).toMatch(/^just some text/);
  });
  it('refuses a database written by a newer Keel, with a plain message', () => {
    const p = tempDb();
    ok(['init'], { db: p });
    const before = ok(['export'], { db: p }).stdout;
    const sqlite = keel(['status'], { db: p });
    expect(sqlite.code).toBe(0);
    // Pretend a newer Keel applied a migration this one does not know.
    const Database = require('better-sqlite3-multiple-ciphers');
    const raw = new Database(p);
    raw.prepare("insert into keel_migrations (name, applied_at) values ('2099_01_01_000000_from_the_future', 'x')").run();
    raw.close();
    const r = keel(['status'], { db: p });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/written by a newer or different Keel \(unknown migration 2099_01_01_000000_from_the_future\)/);
    expect(r.stderr).toMatch(/Upgrade Keel/);
    const raw2 = new Database(p);
    raw2.prepare("delete from keel_migrations where name like '2099%'").run();
    raw2.close();
    expect(ok(['export'], { db: p }).stdout).toBe(before);
  });
  it('asks to init first', () => {
    const r = keel(['checkin', ...base.slice(1)], { db: tempDb() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^keel: Keel is not set up in this database yet\nSet Keel up with: keel init/);
  });
});

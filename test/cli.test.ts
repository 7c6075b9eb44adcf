// The CLI end to end, through the built binary: the data-entry flows, files, backups and output contracts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, json, keel, ok, tempDb, tempDir } from './helpers/cli.js';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3-multiple-ciphers');
const checkin = (week: string, extra: string[] = []) => [
  'checkin',
  '--week',
  week,
  '--hours',
  '38',
  '--quality',
  '4',
  '--satisfaction',
  '4',
  '--energy',
  '3',
  '--growth',
  '4',
  '--respected',
  'yes',
  ...extra,
];

describe('where the data lives', () => {
  it('defaults to $XDG_DATA_HOME/keel/keel.db, directory 0700 and file 0600', () => {
    const home = tempDir();
    ok(['init'], { env: { XDG_DATA_HOME: path.join(home, 'data'), KEEL_DB: '' } });
    const file = path.join(home, 'data', 'keel', 'keel.db');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
  });
  it('falls back to ~/.local/share/keel/keel.db', () => {
    const home = tempDir();
    ok(['init'], { env: { HOME: home, XDG_DATA_HOME: '', KEEL_DB: '' } });
    expect(fs.existsSync(path.join(home, '.local', 'share', 'keel', 'keel.db'))).toBe(true);
  });
  it('prefers --db over KEEL_DB', () => {
    const a = tempDb();
    const b = tempDb();
    ok(['init', '--db', a], { env: { KEEL_DB: b } });
    expect(fs.existsSync(a)).toBe(true);
    expect(fs.existsSync(b)).toBe(false);
  });
  it('opens in WAL mode', () => {
    const db = tempDb();
    ok(['init'], { db });
    const raw = new Database(db, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });
});

describe('a week of use', () => {
  const db = tempDb();
  it('sets up, records a job and checks in with feedback', () => {
    expect(ok(['init'], { db }).stdout).toMatch(/starter template: 5 sections, 13 principles, 10 leave triggers, 12 rules/);
    expect(ok(['job', 'start', 'Globex', '--title', 'Staff Engineer', '--since', '2024-06-03'], { db }).stdout).toBe(
      'Started Staff Engineer at Globex on 2024-06-03.\n',
    );
    ok(checkin('2026-W47', ['--win', 'Shipped the importer', '--win', 'Mentored Sam']), { db });
    const r = ok(checkin('2026-W48', ['--satisfaction', '2', '--observe', 'blame', '--who5', '3,3,2,2,2']), { db });
    expect(r.stdout).toMatch(/^Saved your check-in for 2026-W48\.\nSatisfaction down from 4 to 2; verdict now WATCH \(was STAY\)\./);
    expect(r.stderr).toMatch(/Next: keel status/);
  });
  it('replaces a week only when asked', () => {
    expect(keel(checkin('2026-W48'), { db }).code).toBe(1);
    expect(ok([...checkin('2026-W48'), '--replace'], { db }).stdout).toMatch(/^Replaced your check-in for 2026-W48\./);
    expect(json<{ week: string; satisfaction: number }[]>(['status', '--history'], { db }).length).toBe(26);
  });
  it('answers every read command in JSON', () => {
    expect(json<{ employer: string }[]>(['job', 'list'], { db })[0]?.employer).toBe('Globex');
    expect(json<{ slug: string }[]>(['trigger', 'list'], { db }).map((t) => t.slug)).toContain('psych-safety');
    expect(json<{ text: string; achievedOn: string }[]>(['brag', 'list'], { db }).map((a) => [a.achievedOn, a.text])).toEqual([
      ['2026-11-16', 'Shipped the importer'],
      ['2026-11-16', 'Mentored Sam'],
    ]);
    expect(json<{ name: string }[]>(['rules', 'list'], { db })).toHaveLength(12);
    // The human list shows ids, which `keel direction evidence` takes.
    expect(ok(['brag', 'list'], { db }).stdout).toMatch(/^ID {2}DATE {8}KIND {7}WIN\n1 {3}2026-11-16 {2}delivered {2}Shipped the importer\n/);
    const status = json<Record<string, unknown>>(['status'], { db });
    expect(Object.keys(status)).toEqual(['asOf', 'verdict', 'reasons', 'nudges', 'notEnoughData', 'whatWouldChange']);
  });
  it('writes the status as a short letter', () => {
    const out = ok(['status'], { db }).stdout;
    expect(out).toMatch(/^WATCH {2}as of Sun 29 Nov 2026\n\n/);
    expect(out).toMatch(/"People assigning blame instead of figuring out the problem and fixing it is a sign on its own\."/);
    expect(out).toMatch(/- 23 Nov {2}blame/);
    expect(out).toMatch(/One more week with blame by \d\d \w{3} would make this LOOK\./);
    expect(out).not.toContain('\u001b[');
  });
  it('adds and retires triggers, and names them by id, slug or text', () => {
    const t = json<{ id: number; slug: string }>(['trigger', 'add', 'On-call load that never gets fixed', '--weight', '2'], { db });
    expect(t.slug).toBe('on-call-load-never-fixed');
    ok(['observe', String(t.id), '--on', '2026-11-25'], { db });
    ok(['observe', 'On-call load that never gets fixed', '--on', '2026-11-26'], { db });
    ok(['trigger', 'retire', t.slug], { db });
    expect(json<{ slug: string }[]>(['trigger', 'list'], { db }).map((x) => x.slug)).not.toContain(t.slug);
    expect(json<{ slug: string; active: boolean }[]>(['trigger', 'list', '--all'], { db }).find((x) => x.slug === t.slug)?.active).toBe(false);
  });
  it('changes rules as data', () => {
    expect(ok(['rules', 'set', 'blame-culture', 'watch=2', 'look=3'], { db }).stderr).toContain('See what it changes: keel status');
    expect(json<{ name: string; params: { watch: number } }[]>(['rules', 'list'], { db }).find((r) => r.name === 'blame-culture')?.params.watch).toBe(2);
    ok(['rules', 'disable', 'triggers-cluster'], { db });
    expect(json<{ reasons: { rule: string }[] }>(['status'], { db }).reasons.map((r) => r.rule)).not.toContain('triggers-cluster');
    ok(['rules', 'enable', 'triggers-cluster'], { db });
  });
  it('changes jobs: a new job ends the open one the day before', () => {
    const r = json<{ ended: { endedOn: string } }>(['job', 'start', 'Initech', '--title', 'Principal Engineer', '--since', '2026-11-23'], { db });
    expect(r.ended.endedOn).toBe('2026-11-22');
    // Only this week's check-in belongs to the new job: too little to judge satisfaction by.
    const v = json<{ verdict: string; notEnoughData: string[] }>(['status'], { db });
    expect(v.verdict).toBe('stay');
    expect(v.notEnoughData).toContain('unsatisfied');
  });

  it('exports deterministically; export → import into an empty database → export is byte-identical', () => {
    const first = ok(['export'], { db }).stdout;
    expect(ok(['export'], { db }).stdout).toBe(first);
    const file = path.join(tempDir(), 'all.json');
    ok(['export', '--out', file], { db });
    expect(fs.readFileSync(file, 'utf8')).toBe(first);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const fresh = tempDb();
    expect(ok(['import', file], { db: fresh }).stdout).toMatch(/^Imported 2 check-ins, 3 observations, 11 triggers, 13 principles, 2 wins and 2 jobs\./);
    expect(ok(['export'], { db: fresh }).stdout).toBe(first);
    expect(JSON.parse(first)).toMatchObject({ format: 'keel-export', version: 1 });
  });

  it('backs up with SQLite’s online backup into a file that restores to the same export', () => {
    const out = path.join(tempDir(), 'backup.db');
    expect(ok(['backup', '--out', out], { db }).stdout).toBe(`Backed up to ${out}.\n`);
    const raw = new Database(out, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    expect(ok(['export'], { db: out }).stdout).toBe(ok(['export'], { db }).stdout);
    expect(keel(['backup', '--out', out], { db }).stderr).toMatch(/already exists/);
  });
});

describe('renaming and restoring triggers', () => {
  const db = tempDb();
  it('renames a trigger; the rule that watches it follows, and still fires on it', () => {
    ok(['init'], { db });
    ok(['job', 'start', 'Globex', '--title', 'Staff Engineer', '--since', '2024-06-03'], { db });
    const added = ok(['trigger', 'add', "A manager who takes credit for the team's work"], { db });
    expect(added.stdout).toBe("Added trigger manager-takes-credit: A manager who takes credit for the team's work\n");
    expect(ok(['trigger', 'rename', 'manager-takes-credit', 'credit-taker'], { db }).stdout).toBe('Renamed manager-takes-credit → credit-taker.\n');
    const r = ok(['trigger', 'rename', 'blame', 'blame-games'], { db });
    expect(r.stdout).toBe('Renamed blame → blame-games (1 rule follows it).\n');
    expect(r.stderr).toContain('Next: keel observe blame-games');
    const j = json<{ trigger: { slug: string }; previousSlug: string; rulesFollowed: number }>(['trigger', 'rename', 'blame-games', 'blame-culture'], { db });
    expect(j).toMatchObject({ trigger: { slug: 'blame-culture' }, previousSlug: 'blame-games', rulesFollowed: 1 });
    ok(['observe', 'blame-culture', '--on', '2026-11-16'], { db });
    ok(['observe', 'blame-culture', '--on', '2026-11-24'], { db });
    const v = json<{ verdict: string; reasons: { rule: string; level: string }[] }>(['status'], { db });
    expect(v.reasons.find((x) => x.rule === 'blame-culture')?.level).toBe('look');
  });

  it('refuses a bad or taken name with a hint, and exits 2 or 1', () => {
    const bad = keel(['trigger', 'rename', 'values', 'Leadership Values'], { db });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'keel: new-slug must be lowercase words joined by dashes, e.g. no-growth (got "Leadership Values")\nUse lowercase words joined by dashes, such as leadership-values. See: keel trigger rename --help\n',
    );
    const taken = keel(['trigger', 'rename', 'values', 'privacy'], { db });
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/^keel: the slug privacy is taken by "The work collects signals/);
  });

  it('restores a retired trigger, and refuses to restore an active one', () => {
    ok(['trigger', 'retire', 'no-growth'], { db });
    expect(ok(['trigger', 'list'], { db }).stderr).toContain('1 retired trigger not shown: keel trigger list --all');
    expect(ok(['trigger', 'list', '--all'], { db }).stdout).toMatch(/no-growth +1 +No career improvement or growth potential \(retired 2026-11-29\)/);
    expect(ok(['trigger', 'restore', 'no-growth'], { db }).stdout).toBe(
      'Restored no-growth. It counts towards the verdict again, with its earlier observations.\n',
    );
    expect(json<{ slug: string; active: boolean }[]>(['trigger', 'list'], { db }).find((t) => t.slug === 'no-growth')?.active).toBe(true);
    const again = keel(['trigger', 'restore', 'no-growth'], { db });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^keel: trigger no-growth is active\n/);
    ok(['trigger', 'retire', 'no-growth'], { db });
    ok(['trigger', 'retire', 'privacy'], { db });
    expect(json<{ slug: string; active: boolean; retiredAt: string | null }>(['trigger', 'restore', '3'], { db })).toMatchObject({
      slug: 'privacy',
      active: true,
      retiredAt: null,
    });
  });

  it('refuses to add the text of a retired trigger, naming the restore command (no prompt without a terminal)', () => {
    const r = keel(['trigger', 'add', 'no career improvement or growth potential'], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'keel: a trigger "No career improvement or growth potential" exists but is retired\nRestore it with: keel trigger restore no-growth\n',
    );
  });

  it.skipIf(!fs.existsSync('/usr/bin/script'))('on a terminal, offers to restore it instead, and restores on yes', () => {
    const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    // A wide terminal, so that the prompt is drawn on one line.
    const cmd = ['stty', 'cols', '200', ';', process.execPath, BIN, 'trigger', 'add', 'No career improvement or growth potential']
      .map((x) => (x === ';' ? x : quote(x)))
      .join(' ');
    const r = spawnSync('/usr/bin/script', ['-qec', cmd, '/dev/null'], {
      input: 'y',
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: '1', KEEL_TODAY: '2026-11-29', KEEL_DB: db },
    });
    expect(r.stdout).toContain('is a retired trigger (no-growth). Restore it?');
    expect(r.stdout).toContain('Restored no-growth: No career improvement or growth potential');
    expect(json<{ slug: string; active: boolean }[]>(['trigger', 'list'], { db }).find((t) => t.slug === 'no-growth')?.active).toBe(true);
  });
});

describe('conventions', () => {
  it('prints the version and help with examples', () => {
    expect(ok(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(ok(['--help']).stdout).toMatch(/Examples:\n {2}keel init/);
    expect(ok(['checkin', '--help']).stdout).toMatch(/Examples:[\s\S]*keel checkin --hours 38/);
  });
  it('runs the main flow for a new user', () => {
    const db = tempDb();
    ok(['init', '--template', 'blank'], { db });
    const r = ok(['status'], { db });
    expect(r.stdout).toMatch(/^STAY {2}as of Sun 29 Nov 2026/);
    expect(r.stdout).toMatch(/Not enough data yet for: .*light-search-due \(no current job recorded/);
    expect(r.stderr).toMatch(/Next: keel job start/);
  });
});

describe('nudges', () => {
  it('name the command that acts on them in the letter, never in the JSON message', () => {
    const db = tempDb();
    ok(['init'], { db });
    ok(['job', 'start', 'Initech', '--title', 'Staff Engineer', '--since', '2021-03-01'], { db });
    expect(ok(['status'], { db }).stdout).toContain(
      'Light search: You have been at Initech for five years with no job search since. A light search would show whether you are still learning and growing. (keel search start --light)',
    );
    const nudge = json<{ nudges: { kind: string; message: string }[] }>(['status'], { db }).nudges.find((n) => n.kind === 'light-search');
    expect(nudge?.message).not.toContain('keel');
  });
});

describe('ownership', () => {
  it('purges every row and the file, only when confirmed', () => {
    const db = tempDb();
    ok(['init'], { db });
    ok(['brag', 'add', 'A secret win'], { db });
    const refused = keel(['purge'], { db });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^keel: refusing to delete .* without confirmation\nAdd --yes/);
    expect(fs.existsSync(db)).toBe(true);
    expect(ok(['purge', '--yes'], { db }).stdout).toMatch(/^Deleted every row and /);
    for (const suffix of ['', '-wal', '-shm']) expect(fs.existsSync(`${db}${suffix}`)).toBe(false);
  });
});

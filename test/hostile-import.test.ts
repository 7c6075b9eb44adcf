// A corpus of hostile import files (≥200) and a fast-check property over the importer: every bad file
// is refused with a message naming the place (line and column, or field path), and no table changes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIn } from '../src/app/check-in.service.js';
import { startJob } from '../src/app/jobs.service.js';
import { initKeel } from '../src/app/setup.service.js';
import { exportAll, importAll } from '../src/app/transfer.service.js';
import { observe } from '../src/app/triggers.service.js';
import { readTextFile } from '../src/cli/files.js';
import { KeelError } from '../src/core/errors.js';
import { tempDir } from './helpers/cli.js';
import { memoryKeel } from './helpers/memory.js';

type Keel = Awaited<ReturnType<typeof memoryKeel>>;
let k: Keel;
let good = '';
let goodJson: Record<string, unknown[]> & Record<string, unknown>;
const dir = tempDir('keel-hostile-');

/** One checksum per table, from the store's own complete dump. */
async function checksums(): Promise<Record<string, string>> {
  const dump = (await k.store.dump()) as unknown as Record<string, unknown>;
  return Object.fromEntries(Object.entries(dump).map(([table, rows]) => [table, createHash('sha256').update(JSON.stringify(rows)).digest('hex')]));
}

beforeAll(async () => {
  k = await memoryKeel();
  await initKeel(k, 'starter');
  await startJob(k, { employer: 'Globex', title: 'Staff Engineer', startedOn: '2024-06-03' });
  await checkIn(k, {
    week: '2026-W47',
    hours: 38,
    quality: 4,
    satisfaction: 4,
    energy: 3,
    growth: 4,
    respected: true,
    win: ['Shipped'],
    who5: [3, 3, 3, 3, 3],
    cbi: [1, 2, null, 1, 1, 1, 3],
  });
  await checkIn(k, { week: '2026-W48', hours: 44, quality: 3, satisfaction: 2, energy: 2, growth: 3, respected: false, observe: ['blame'] });
  await observe(k, { trigger: 'values', observedOn: '2026-11-20', severity: 2, note: 'Reversed a promise' });
  good = await exportAll(k);
  goodJson = JSON.parse(good);
});
afterAll(async () => k.close());

type Bad = { name: string; bytes: Buffer | string };
interface Doc {
  checkIns: Record<string, unknown>[];
  triggers: Record<string, unknown>[];
  observations: Record<string, unknown>[];
  [table: string]: unknown;
}
const clone = () => structuredClone(goodJson) as unknown as Doc;
const mutate = (name: string, fn: (d: ReturnType<typeof clone>) => void): Bad => {
  const d = clone();
  fn(d);
  return { name, bytes: JSON.stringify(d, null, 2) };
};

function corpus(): Bad[] {
  const out: Bad[] = [];
  // Truncated at 60 places (never just the final newline, which leaves a valid file).
  for (let i = 1; i <= 60; i++) out.push({ name: `truncated at ${i}/61`, bytes: good.slice(0, Math.floor((good.length - 2) * (i / 61))) });
  // Duplicate keys, at every depth.
  const dup = (name: string, from: string, to: string) => out.push({ name, bytes: good.replace(from, to) });
  dup('duplicate top-level key', '"format": "keel-export",', '"format": "keel-export",\n  "format": "keel-export",');
  dup('duplicate version', '"version": 1,', '"version": 1,\n  "version": 1,');
  dup('duplicate check-in field', '"quality": 4,', '"quality": 4,\n      "quality": 5,');
  dup('duplicate rule parameter', '"weeks": 12,', '"weeks": 12,\n        "weeks": 12,');
  dup('duplicate id', '"id": 1,', '"id": 1,\n      "id": 2,');
  dup('duplicate settings key', '"template": "starter"', '"template": "starter",\n    "template": "blank"');
  dup('duplicate jobs array', '"jobs": [', '"jobs": [],\n  "jobs": [');
  dup('duplicate note', '"note": "Reversed a promise"', '"note": "Reversed a promise",\n      "note": "x"');
  // Numbers beyond 2^53 and beyond doubles.
  for (const [field, value] of [
    ['"id": 1,', '"id": 9007199254740993,'],
    ['"id": 2,', '"id": 18446744073709551616,'],
    ['"hours": 38,', '"hours": 9007199254740993,'],
    ['"quality": 4,', '"quality": 90071992547409930,'],
    ['"weight": 1,', '"weight": 1e400,'],
    ['"hours": 44,', '"hours": -1e400,'],
    ['"version": 1,', '"version": 9007199254740993,'],
    ['"severity": 2,', '"severity": 123456789012345678901234567890,'],
  ] as const)
    out.push({ name: `big number ${value}`, bytes: good.replace(field, value) });
  // A BOM does not rescue a broken file.
  for (let i = 1; i <= 5; i++) out.push({ name: `BOM + truncated ${i}`, bytes: `\ufeff${good.slice(0, i * 97)}` });
  // Invalid UTF-8 at several places.
  const at = (pos: number, bytes: number[]) => Buffer.concat([Buffer.from(good.slice(0, pos)), Buffer.from(bytes), Buffer.from(good.slice(pos))]);
  for (const [i, seq] of [[0xff], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]].entries()) {
    out.push({ name: `invalid UTF-8 #${i} early`, bytes: at(20, seq) });
    out.push({ name: `invalid UTF-8 #${i} late`, bytes: at(good.length - 40, seq) });
  }
  // Lone surrogates, escaped in strings and keys.
  dup('lone high surrogate in a note', '"note": "Reversed a promise"', '"note": "Reversed \\ud800 a promise"');
  dup('lone low surrogate in a note', '"note": "Reversed a promise"', '"note": "\\udc00"');
  dup('reversed surrogate pair', '"note": "Reversed a promise"', '"note": "\\ude00\\ud83d"');
  dup('lone surrogate in a key', '"format":', '"\\ud800format":');
  dup('lone surrogate in a setting', '"template": "starter"', '"template": "\\udbff"');
  // Not an export at all.
  for (const [name, bytes] of [
    ['empty', ''],
    ['whitespace only', '   \n\t\n'],
    ['null', 'null'],
    ['an array', '[]'],
    ['a number', '42'],
    ['a string', '"keel"'],
    ['an empty object', '{}'],
    ['binary', Buffer.from([0x53, 0x51, 0x4c, 0x00, 0x01, 0x02, 0x03])],
    ['JSON with a comment', `// my data\n${good}`],
    ['trailing comma', good.replace(/\n}\n$/, ',\n}\n')],
    ['two documents', `${good}${good}`],
    ['single quotes', good.replace('"format"', "'format'")],
  ] as const)
    out.push({ name, bytes });
  // Out-of-range and ill-typed values, field by field.
  const checkInValues: Record<string, unknown[]> = {
    hours: [-1, 121, 1e9, '38', null, true],
    quality: [0, 6, 2.5, '4', null, -3],
    satisfaction: [0, 6, 4.5, 'high', null],
    energy: [0, 6, 1.1, [], {}],
    growth: [0, 6, 99, 'x', null],
    respected: ['yes', 1, 0, null],
    week: ['2026-W60', '2025-W53', '2026-W00', '2026-48', '', 202648, null],
    who5: [[3, 3, 3, 3], [3, 3, 3, 3, 6], [-1, 3, 3, 3, 3], [3, 3, 3, 3, 3, 3], '3,3,3,3,3', [1.5, 3, 3, 3, 3]],
    cbi: [
      [1, 1, 1, 1, 1, 1],
      [1, 1, 1, 1, 1, 1, 5],
      [1, 1, 1, 1, 1, 1, 1, 1],
      [-1, 1, 1, 1, 1, 1, 1],
      ['1', 1, 1, 1, 1, 1, 1],
    ],
    createdAt: [null, 5, ''],
  };
  for (const [field, values] of Object.entries(checkInValues))
    for (const v of values)
      out.push(
        mutate(`checkIns.0.${field} = ${JSON.stringify(v)}`, (d) => {
          (d.checkIns[0] as Record<string, unknown>)[field] = v;
        }),
      );
  const fieldValues: [string, string, unknown[]][] = [
    ['observations', 'severity', [0, 4, 2.5, '2', null]],
    ['observations', 'observedOn', ['2026-02-30', '2026-13-01', 'yesterday', '20261120', null]],
    ['observations', 'triggerId', [999, 0, -1, '1', null]],
    ['jobs', 'track', ['wizard', '', null, 1]],
    ['jobs', 'startedOn', ['2024-06-31', 'June 2024', null]],
    ['jobs', 'endedOn', ['2020-01-01', '2024-02-30']],
    ['accomplishments', 'kind', ['heroics', '', null]],
    ['accomplishments', 'people', ['Sam', [1], null]],
    ['triggers', 'slug', ['Has Spaces', '', 'UPPER', 'a--b', null]],
    ['triggers', 'weight', [0, 11, 1.5, null]],
    ['triggers', 'active', ['yes', 1, null]],
    ['principles', 'sectionId', [999, null]],
    ['principles', 'tags', ['health', [1], null]],
    ['rules', 'kind', ['astrology', null]],
    ['rules', 'params', [{ weeks: 0, watch: 2, look: 3 }, { weeks: 12, watch: 3, look: 2 }, { weeks: 12 }, null, 'weeks=12']],
  ];
  for (const [table, field, values] of fieldValues)
    for (const v of values)
      out.push(
        mutate(`${table}.0.${field} = ${JSON.stringify(v)}`, (d) => {
          ((d[table] as Record<string, unknown>[])[0] as Record<string, unknown>)[field] = v;
        }),
      );
  // Structure.
  out.push(mutate('missing a table', (d) => Reflect.deleteProperty(d, 'checkIns')));
  out.push(mutate('an unknown table', (d) => Object.assign(d, { passwords: [] })));
  out.push(mutate('an unknown field', (d) => Object.assign(d.checkIns[0] as object, { mood: 'fine' })));
  out.push(mutate('a missing field', (d) => delete (d.checkIns[0] as Record<string, unknown>).hours));
  out.push(mutate('a table as an object', (d) => Object.assign(d, { jobs: {} })));
  out.push(mutate('a check-in twice', (d) => d.checkIns.push({ ...(d.checkIns[0] as object), id: 77 })));
  out.push(mutate('a slug twice', (d) => d.triggers.push({ ...(d.triggers[0] as object), id: 77 })));
  out.push(mutate('an id twice', (d) => d.observations.push({ ...(d.observations[0] as object) })));
  out.push(mutate('a newer version', (d) => Object.assign(d, { version: 2 })));
  out.push(mutate('another format', (d) => Object.assign(d, { format: 'keel-backup' })));
  // One bad row after 999 good ones.
  out.push(
    mutate('one bad row after 999 good ones', (d) => {
      const template = d.checkIns[0] as Record<string, unknown>;
      d.checkIns = Array.from({ length: 1000 }, (_, i) => ({
        ...template,
        id: i + 1,
        week: `${1990 + Math.floor(i / 50)}-W${String((i % 50) + 1).padStart(2, '0')}`,
      }));
      (d.checkIns[999] as Record<string, unknown>).quality = 7;
    }),
  );
  return out;
}

const NAMES_A_PLACE =
  /line \d+, column \d+|\b[a-zA-Z]+\.\d+(\.[a-zA-Z0-9]+)*|top level|: (format|version|settings|jobs|sections|principles|revisions|triggers|observations|checkIns|accomplishments|rules|searches)\b|over the \d+ MB limit|not valid UTF-8|looks binary|is empty|newer Keel/;

describe('hostile import files', () => {
  it('refuses every file of a corpus of at least 200, naming the place, changing no table', async () => {
    const files = corpus();
    expect(files.length).toBeGreaterThanOrEqual(200);
    const before = await checksums();
    const accepted: string[] = [];
    const vague: string[] = [];
    for (const [i, f] of files.entries()) {
      const file = path.join(dir, `bad-${i}.json`);
      fs.writeFileSync(file, f.bytes);
      try {
        await importAll(k, readTextFile(file), file, true);
        accepted.push(f.name);
      } catch (e) {
        if (!(e instanceof KeelError) || e.code !== 'BadFile' || !NAMES_A_PLACE.test(e.message)) vague.push(`${f.name}: ${(e as Error).message}`);
      }
    }
    console.log(`hostile import: ${files.length} bad files tried, ${files.length - accepted.length} rejected`);
    expect(accepted).toEqual([]);
    expect(vague).toEqual([]);
    expect(await checksums()).toEqual(before);
  }, 120_000);

  it('names the row of one bad check-in among a thousand', async () => {
    const bad = corpus().find((f) => f.name === 'one bad row after 999 good ones') as Bad;
    await expect(importAll(k, String(bad.bytes), 'big.json', true)).rejects.toThrow(/big\.json: checkIns\.999\.quality/);
  });

  it('refuses an oversized file before reading it', () => {
    const file = path.join(dir, 'huge.json');
    const fd = fs.openSync(file, 'w');
    fs.ftruncateSync(fd, 51 * 1024 * 1024); // sparse: 51 MB of nothing, never read
    fs.closeSync(fd);
    expect(() => readTextFile(file)).toThrow(/huge\.json is 51\.0 MB, over the 50 MB limit/);
  });

  it('still imports a valid file with a BOM (the positive control)', async () => {
    const other = await memoryKeel();
    try {
      const file = path.join(dir, 'bom.json');
      fs.writeFileSync(file, `\ufeff${good}`);
      await importAll(other, readTextFile(file), file);
      expect(await exportAll(other)).toBe(good);
    } finally {
      await other.close();
    }
  });

  it('property: any mutation of a valid file imports whole or is refused whole', async () => {
    const paths = [
      'checkIns.0.quality',
      'checkIns.1.week',
      'observations.0.severity',
      'triggers.0.slug',
      'jobs.0.startedOn',
      'rules.0.params',
      'settings',
      'principles.0.text',
    ];
    const value = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.string(),
      fc.constant(null),
      fc.boolean(),
      fc.array(fc.integer(), { maxLength: 8 }),
      fc.object({ maxDepth: 1 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), value, async (where, v) => {
        const d = clone() as Record<string, unknown>;
        const keys = where.split('.');
        let node = d as Record<string, unknown>;
        for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
        node[keys.at(-1) as string] = v;
        const text = JSON.stringify(d);
        const target = await memoryKeel();
        try {
          await importAll(target, text, 'mutated.json');
          expect(JSON.parse(await exportAll(target))).toBeTruthy();
        } catch (e) {
          expect(e).toBeInstanceOf(KeelError);
          expect((e as KeelError).code).toBe('BadFile');
          expect((await target.store.dump()).checkIns).toEqual([]);
        } finally {
          await target.close();
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

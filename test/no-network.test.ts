// Keel never talks to the network. The CLI's whole flow runs with every non-loopback connection
// recorded and refused in-process, and (where `unshare -n` works) inside a network namespace with no
// interface but loopback; the test asserts that no connection was even attempted.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ok, ROOT, tempDb, tempDir } from './helpers/cli.js';

const GUARD = path.join(ROOT, 'test', 'helpers', 'net-guard.mjs');
const canUnshare = spawnSync('unshare', ['-n', 'true']).status === 0;

function flow(): string[][] {
  const dir = tempDir();
  return [
    ['init'],
    ['job', 'start', 'Globex', '--title', 'Staff Engineer', '--since', '2024-06-03'],
    ['trigger', 'add', 'On-call load never gets fixed'],
    [
      'checkin',
      '--hours',
      '44',
      '--quality',
      '3',
      '--satisfaction',
      '2',
      '--energy',
      '2',
      '--growth',
      '3',
      '--respected',
      'no',
      '--observe',
      'blame',
      '--win',
      'Fixed the pager',
      '--who5',
      '2,2,2,2,2',
      '--cbi',
      '3,3,3,3,3,3,1',
    ],
    ['observe', 'values', '--note', 'Reversed a promise'],
    ['brag', 'add', 'Mentored Sam', '--kind', 'enabled-others'],
    ['status'],
    ['status', '--history', '--json'],
    ['rules', 'set', 'overwork', 'hoursAtLeast=40'],
    ['export', '--out', path.join(dir, 'all.json')],
    ['backup', '--out', path.join(dir, 'backup.db')],
    ['job', 'list', '--json'],
  ];
}

describe('no network', () => {
  it(`runs the whole CLI flow without attempting a connection${canUnshare ? ' (in a fresh network namespace)' : ''}`, () => {
    if (!canUnshare) console.warn('no-network: `unshare -n` is not available here; relying on the in-process guard alone');
    const db = tempDb();
    const log = path.join(tempDir(), 'net.log');
    fs.writeFileSync(log, '');
    for (const args of flow()) {
      const argv = ['--import', GUARD, BIN, ...args, '--db', db];
      const r = canUnshare
        ? spawnSync('unshare', ['-n', process.execPath, ...argv], {
            encoding: 'utf8',
            env: { ...process.env, KEEL_NET_LOG: log, KEEL_TODAY: '2026-11-29', NO_COLOR: '1' },
          })
        : spawnSync(process.execPath, argv, { encoding: 'utf8', env: { ...process.env, KEEL_NET_LOG: log, KEEL_TODAY: '2026-11-29', NO_COLOR: '1' } });
      expect(r.status, `keel ${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
    expect(fs.readFileSync(log, 'utf8')).toBe('');
  });

  it('the guard does catch an attempt (so the test above can fail)', () => {
    const log = path.join(tempDir(), 'net.log');
    fs.writeFileSync(log, '');
    spawnSync(process.execPath, ['--import', GUARD, '-e', "require('node:net').connect(443, 'example.org').on('error', () => {})"], {
      env: { ...process.env, KEEL_NET_LOG: log },
    });
    spawnSync(process.execPath, ['--import', GUARD, '-e', "require('node:dns').lookup('example.org', () => {})"], {
      env: { ...process.env, KEEL_NET_LOG: log },
    });
    expect(fs.readFileSync(log, 'utf8')).toMatch(/connect example\.org[\s\S]*dns lookup example\.org/);
  });

  it("drives the server's whole flow (every page, a check-in, a trigger, a win) without attempting a connection", async () => {
    const db = tempDb();
    ok(['init'], { db });
    ok(['job', 'start', 'Globex', '--title', 'Staff Engineer', '--since', '2024-06-03'], { db });
    const log = path.join(tempDir(), 'net.log');
    fs.writeFileSync(log, '');
    const child = spawn(process.execPath, ['--import', GUARD, BIN, 'serve', '--port', '0', '--db', db], {
      env: { ...process.env, KEEL_NET_LOG: log, KEEL_TODAY: '2026-11-29', NO_COLOR: '1' },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          const found = /running at (http:\/\/\S+)/.exec(out)?.[1];
          if (found) resolve(found);
        });
        child.on('exit', (code) => reject(new Error(`keel serve exited ${code}`)));
      });
      const origin = new URL(url).origin;
      for (const page of ['/', '/checkin', '/triggers', '/brag', '/jobs', '/rules', '/doc']) {
        expect((await fetch(new URL(page, url))).status, page).toBe(200);
      }
      const form = await (await fetch(new URL('/checkin', url))).text();
      const token = /name="_csrf" value="([^"]+)"/.exec(form)?.[1] ?? '';
      expect(token).not.toBe('');
      const post = (page: string, fields: Record<string, string>) =>
        fetch(new URL(page, url), {
          method: 'POST',
          redirect: 'manual',
          headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ _csrf: token, ...fields }),
        });
      const saved = await post('/checkin', { week: '2026-W48', hours: '38', quality: '4', satisfaction: '4', energy: '3', growth: '4', respected: 'yes' });
      expect(saved.status).toBe(303);
      expect((await post('/brag', { text: 'Shipped the importer', on: '2026-11-27', kind: 'delivered' })).status).toBe(303);
      expect((await post('/triggers', { text: 'On-call load never gets fixed', weight: '1' })).status).toBe(303);
      // Job hunting: a link to a posting is shown, never fetched.
      expect((await post('/opportunities', { company: 'Initech', role: 'Staff', link: 'https://initech.example/jobs/42', on: '2026-11-20' })).status).toBe(303);
      expect((await post('/opportunities/1/answers', { question: 'leave', text: 'People get blamed', on: '2026-11-20' })).status).toBe(303);
      for (const page of ['/opportunities', '/opportunities/1', '/compare?o=1', '/questions', '/direction', '/review', '/reminders.ics', '/brag/export']) {
        expect((await fetch(new URL(page, url))).status, page).toBe(200);
      }
      expect(ok(['export'], { db }).stdout).toMatch(/"week": "2026-W48"/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(fs.readFileSync(log, 'utf8')).toBe('');
  });
});

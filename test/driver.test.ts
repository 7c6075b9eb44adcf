// One SQLite driver (better-sqlite3-multiple-ciphers) for plain and encrypted databases, and what Keel says
// when its compiled addon does not fit the Node running it: one line, and the hint to run `npm rebuild`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeelError } from '../src/core/errors.js';
import { addonError, connect } from '../src/store/driver.js';
import { BIN, ROOT, tempDb } from './helpers/cli.js';

const ABI_MESSAGE =
  "The module '/home/me/keel/node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node'\n" +
  'was compiled against a different Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js requires\n' +
  'NODE_MODULE_VERSION 137. Please try re-compiling or re-installing\nthe module (for instance, using `npm rebuild` or `npm install`).';

/** Another Node.js on this machine whose addon ABI differs from this one's: .ci/run's cached Node 24, or the system's. */
function otherNode(): string | undefined {
  const cache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  for (const node of [path.join(cache, 'keel-ci', 'node-24', 'bin', 'node'), '/usr/bin/node', '/usr/local/bin/node']) {
    if (!fs.existsSync(node)) continue;
    const r = spawnSync(node, ['-p', 'process.versions.modules'], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim() !== process.versions.modules) return node;
  }
  return undefined;
}

describe('the SQLite driver', () => {
  it('opens a plain database as plain SQLite', () => {
    const file = tempDb();
    const conn = connect(file, { timeout: 1000 });
    conn.exec('create table t (x); insert into t values (1)');
    conn.close();
    expect(fs.readFileSync(file).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  });

  it('says to run npm rebuild when its addon was compiled for another Node.js', () => {
    const e = Object.assign(new Error(ABI_MESSAGE), { code: 'ERR_DLOPEN_FAILED' });
    const k = addonError(e, '/home/me/keel');
    expect(k).toBeInstanceOf(KeelError);
    expect(k?.code).toBe('Unavailable');
    expect(k?.message).toBe(
      `the SQLite driver was compiled for another Node.js version (NODE_MODULE_VERSION 115) than this one (${process.version}, NODE_MODULE_VERSION ${process.versions.modules})`,
    );
    expect(k?.message).not.toContain('\n');
    expect(k?.hint).toBe('Run npm rebuild in /home/me/keel (npm start does it when Node.js changed), then try again.');
  });

  it('says the same when the addon is missing or cannot load, and leaves other errors alone', () => {
    expect(addonError(new Error('Could not locate the bindings file. Tried:\n → /x/build/better_sqlite3.node'))?.hint).toMatch(/^Run npm rebuild /);
    const dlopen = addonError(Object.assign(new Error('/x/better_sqlite3.node: invalid ELF header'), { code: 'ERR_DLOPEN_FAILED' }));
    expect(dlopen?.message).toBe('the SQLite driver cannot be loaded: /x/better_sqlite3.node: invalid ELF header');
    expect(addonError(Object.assign(new Error('unable to open database file'), { code: 'SQLITE_CANTOPEN' }))).toBeUndefined();
  });

  it('tells a person who changed Node.js to run npm rebuild (the built CLI, on another Node on this machine)', (ctx) => {
    const node = otherNode();
    if (!node) {
      ctx.skip();
      return;
    }
    const r = spawnSync(node, [BIN, 'status', '--db', tempDb()], { env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^keel: the SQLite driver was compiled for another Node\.js version \(NODE_MODULE_VERSION \d+\) than this one/);
    expect(lines[1]).toBe(`Run npm rebuild in ${ROOT} (npm start does it when Node.js changed), then try again.`);
  });
});

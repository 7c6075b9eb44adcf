/** `keel serve` end to end: the built binary on a temporary database, on 127.0.0.1 and a free port. */
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { isLoopback } from '../src/cli/commands/serve.command.js';
import { BIN, keel, tempDb } from './helpers/cli.js';

const running: ChildProcess[] = [];
afterEach(() => {
  for (const p of running.splice(0)) if (p.exitCode === null) p.kill('SIGKILL');
});

/** Starts `keel serve` and resolves with its URL once it listens. */
function serve(db: string, args: string[] = []): Promise<{ url: string; child: ChildProcess; stderr: () => string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
    env: { ...process.env, KEEL_DB: db, KEEL_TODAY: '2026-11-29', NO_COLOR: '1' },
  });
  running.push(child);
  let out = '';
  let err = '';
  child.stderr?.on('data', (d) => {
    err += d;
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d) => {
      out += d;
      const url = /running at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ url, child, stderr: () => err });
    });
    child.on('exit', (code) => reject(new Error(`keel serve exited ${code}: ${err}`)));
  });
}

/** A GET with any Host header (fetch will not let us set one). */
function get(url: string, host?: string): Promise<{ status: number; location?: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname: u.hostname, port: u.port, path: '/', headers: { host: host ?? u.host } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, ...(res.headers.location ? { location: res.headers.location } : {}) });
      })
      .on('error', reject);
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

describe('keel serve', () => {
  it('serves on 127.0.0.1, answers only to its own Host, and stops cleanly on SIGTERM', async () => {
    const { url, child, stderr } = await serve(tempDb());
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await get(url)).toEqual({ status: 303, location: '/welcome' });
    expect((await get(url, `localhost:${new URL(url).port}`)).status).toBe(303);
    expect((await get(url, 'rebind.attacker.test')).status).toBe(403);
    const done = exited(child);
    child.kill('SIGTERM');
    expect(await done).toBe(0);
    expect(stderr()).toContain('Stopped (SIGTERM).');
    expect(stderr()).not.toContain('warning');
  });

  it('refuses a port that is taken, with a hint', async () => {
    const db = tempDb();
    const { url } = await serve(db);
    const r = keel(['serve', '--port', new URL(url).port], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`keel: port ${new URL(url).port} on 127.0.0.1 is already in use`);
    expect(r.stderr).toContain('Try another: keel serve --port');
  });

  it('warns that a non-loopback address exposes the data (and says when it cannot listen there)', () => {
    // 192.0.2.1 is TEST-NET-1: never assigned to this machine, so nothing is exposed by the test.
    const r = keel(['serve', '--host', '192.0.2.1', '--port', '0'], { db: tempDb() });
    expect(r.stderr).toContain('warning: listening on 192.0.2.1: anyone who can reach this machine on the network can read and change your Keel data.');
    expect(r.stderr).toContain('keel: cannot listen on 192.0.2.1:0');
    expect(r.code).toBe(1);
  });

  it.each(['abc', '70000', '-1', '4.5'])('refuses --port %s as a usage error', (port) => {
    const r = keel(['serve', '--port', port], { db: tempDb() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`keel: --port must be a whole number 0–65535 (got "${port}")`);
  });

  it('knows which addresses are loopback', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', '::1', '[::1]']) expect(isLoopback(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.5', 'example.com', '128.0.0.1', '127.example.com']) expect(isLoopback(h), h).toBe(false);
  });
});

/** The web app over an in-memory Keel, driven in-process with `app.request()` the way a browser would. */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { checkIn } from '../../src/app/check-in.service.js';
import type { Ctx } from '../../src/app/context.js';
import { startJob } from '../../src/app/jobs.service.js';
import { initKeel } from '../../src/app/setup.service.js';
import { addTrigger, observe } from '../../src/app/triggers.service.js';
import { createWebApp } from '../../src/web/app.js';
import { hostsFor } from '../../src/web/security.js';
import { FIXTURES } from './cli.js';
import { memoryKeel } from './memory.js';

export const HOST = '127.0.0.1:4321';
export const ORIGIN = `http://${HOST}`;
export const TOKEN = 'test-csrf-token-0123456789';

export type Fields = Record<string, string | string[]>;

export async function webKeel(today = '2026-11-29') {
  const ctx = await memoryKeel(today);
  const app = createWebApp({ ctx, allowedHosts: () => hostsFor(['127.0.0.1'], 4321), csrfToken: TOKEN });
  const get = (path: string, headers: Record<string, string> = {}) => app.request(`${ORIGIN}${path}`, { headers: { host: HOST, ...headers } });
  /** A form post as Chromium sends it; override or drop (`null`) any header, or the token. */
  const post = (path: string, fields: Fields, opts: { headers?: Record<string, string | null>; csrf?: string | null } = {}) => {
    const body = new URLSearchParams();
    if (opts.csrf !== null) body.append('_csrf', opts.csrf ?? TOKEN);
    for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    const headers: Record<string, string | null> = {
      host: HOST,
      origin: ORIGIN,
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/x-www-form-urlencoded',
      ...opts.headers,
    };
    const sent = Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => e[1] !== null));
    return app.request(`${ORIGIN}${path}`, { method: 'POST', body: body.toString(), headers: sent });
  };
  /** Everything in the database, to prove a refused request changed nothing. */
  const snapshot = async () => JSON.stringify(await ctx.store.dump());
  /** The text a person reads on a page. */
  const text = async (path: string) => textOf(await (await get(path)).text());
  /** Posts bad input and proves it was refused with `status`, said `message`, and changed nothing. */
  const refused = async (path: string, fields: Fields, status: number, message: string) => {
    const before = await snapshot();
    const res = await post(path, fields);
    expect(res.status).toBe(status);
    expect(textOf(await res.text())).toContain(message);
    expect(await snapshot()).toBe(before);
  };
  return { ctx, app, get, post, snapshot, text, refused, close: ctx.close };
}

export type WebKeel = Awaited<ReturnType<typeof webKeel>>;

/** A set-up Keel: the starter template and a current job since 2024-06-03. */
export async function setUpKeel(today?: string): Promise<WebKeel> {
  const k = await webKeel(today);
  await initKeel(k.ctx, 'starter');
  await startJob(k.ctx, { employer: 'Globex', title: 'Staff Engineer', startedOn: '2024-06-03' });
  return k;
}

/** The text of a page without tags, for assertions about what a person reads. */
export const textOf = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

interface Persona {
  asOf: string;
  template: 'starter' | 'blank';
  job: { employer: string; title: string; track: string; since: string };
  triggers: string[];
  checkins: (Record<string, unknown> & { respected: string })[];
  observations: { trigger: string; on: string; severity: number; note?: string }[];
}

/** Replays a persona of test/fixtures/personas through the use cases, as the CLI would. */
export async function loadPersona(ctx: Ctx, name: string): Promise<Persona> {
  const p = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'personas', `${name}.json`), 'utf8')) as Persona;
  await initKeel(ctx, p.template);
  await startJob(ctx, { ...p.job, startedOn: p.job.since });
  for (const text of p.triggers) await addTrigger(ctx, { text });
  for (const c of p.checkins)
    await checkIn(ctx, {
      ...c,
      respected: c.respected === 'yes',
      hours: c.hours,
      quality: c.quality,
      satisfaction: c.satisfaction,
      energy: c.energy,
      growth: c.growth,
    });
  for (const o of p.observations) await observe(ctx, { ...o, observedOn: o.on });
  return p;
}

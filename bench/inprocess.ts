/** In-process benchmark pieces, bundled by bench/run.mjs. */
import { fixedClock } from '../src/app/context.js';
import { importAll } from '../src/app/transfer.service.js';
import { evaluate } from '../src/app/verdict.service.js';
import { openSession } from '../src/main.js';
import { generate } from './generate.js';

export async function makeDatabase(path: string, years: number, asOf: string): Promise<void> {
  const session = await openSession(path, fixedClock(asOf));
  await importAll(session.ctx, JSON.stringify(generate(years, asOf)), 'generated');
  await session.close();
}

/** Median milliseconds of `runs` evaluations of every rule, after a warm-up. */
export async function timeEvaluate(path: string, asOf: string, runs: number): Promise<{ median: number; verdict: string }> {
  const session = await openSession(path, fixedClock(asOf));
  let verdict = '';
  for (let i = 0; i < 5; i++) verdict = (await evaluate(session.ctx, asOf)).verdict;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await evaluate(session.ctx, asOf);
    times.push(performance.now() - t);
  }
  await session.close();
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] as number, verdict };
}

/** Median milliseconds to render a web page in-process (Hono's app.request), and the page's script bytes. */
export async function timePage(
  path: string,
  asOf: string,
  url: string,
  runs: number,
): Promise<{ median: number; status: number; scriptBytes: number; htmlBytes: number }> {
  const { createWebApp } = await import('../src/web/app.js');
  const session = await openSession(path, fixedClock(asOf));
  const app = createWebApp({ ctx: session.ctx, allowedHosts: () => new Set(['localhost']) });
  const get = () => app.request(url, { headers: { host: 'localhost' } });
  let res = await get();
  const html = await res.text();
  for (let i = 0; i < 5; i++) await (await get()).text();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    res = await get();
    await res.text();
    times.push(performance.now() - t);
  }
  await session.close();
  times.sort((a, b) => a - b);
  // Every script a page loads, inline or by src: Keel's pages ship none, and the count proves it.
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[0]);
  return { median: times[Math.floor(times.length / 2)] as number, status: res.status, scriptBytes: scripts.join('').length, htmlBytes: html.length };
}

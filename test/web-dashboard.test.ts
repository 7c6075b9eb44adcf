/** Onboarding on an empty database, the verdict on every page, and the dashboard's card and honest charts. */
import { afterEach, describe, expect, it } from 'vitest';
import { checkIn } from '../src/app/check-in.service.js';
import { startJob } from '../src/app/jobs.service.js';
import { initKeel } from '../src/app/setup.service.js';
import { loadPersona, setUpKeel, textOf, type WebKeel, webKeel } from './helpers/web.js';

let k: WebKeel;
afterEach(() => k.close());

const body = async (path: string) => (await k.get(path)).text();

describe('onboarding', () => {
  it('sends a new person from every page to the welcome page, which explains Keel and offers one start', async () => {
    k = await webKeel();
    for (const path of ['/', '/checkin', '/triggers', '/rules', '/doc', '/brag', '/jobs']) {
      const res = await k.get(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location')).toBe('/welcome');
    }
    const welcome = textOf(await body('/welcome'));
    expect(welcome).toContain('Once a week, take two minutes');
    expect(welcome).toContain('The starter template');
    expect(welcome).toContain('A blank notebook');
  });

  it('starter template, then the current job, then the check-in', async () => {
    k = await webKeel();
    let res = await k.post('/welcome', { template: 'starter' });
    expect(res.headers.get('location')).toBe('/welcome/job');
    expect((await k.ctx.store.listTriggers()).length).toBe(10);
    expect(textOf(await body('/welcome/job'))).toContain('Where do you work now?');
    res = await k.post('/jobs', { next: 'checkin', employer: 'Initech', title: 'Principal Engineer', track: 'ic', since: '2025-02-03' });
    expect(res.headers.get('location')).toBe('/checkin');
    expect((await k.ctx.store.listJobs())[0]).toMatchObject({ employer: 'Initech', startedOn: '2025-02-03', endedOn: null });
    expect((await k.get('/welcome')).headers.get('location')).toBe('/');
  });

  it('a blank notebook has rules but no principles or triggers', async () => {
    k = await webKeel();
    await k.post('/welcome', { template: 'blank' });
    expect(await k.ctx.store.listTriggers()).toEqual([]);
    expect((await k.ctx.store.listRules()).length).toBe(12);
  });

  it('refuses an unknown template, and a second setup, changing nothing', async () => {
    k = await webKeel();
    let before = await k.snapshot();
    let res = await k.post('/welcome', { template: 'fancy' });
    expect(res.status).toBe(400);
    expect(textOf(await res.text())).toContain('Choose the starter template or a blank notebook.');
    expect(await k.snapshot()).toBe(before);
    await k.post('/welcome', { template: 'blank' });
    before = await k.snapshot();
    res = await k.post('/welcome', { template: 'starter' });
    expect(res.status).toBe(409);
    expect(textOf(await res.text())).toContain('Keel is already set up in this database');
    expect(await k.snapshot()).toBe(before);
  });

  it('a bad job in onboarding stays on the onboarding page with the message', async () => {
    k = await webKeel();
    await k.post('/welcome', { template: 'starter' });
    const before = await k.snapshot();
    const res = await k.post('/jobs', { next: 'checkin', employer: '', title: 'Engineer', since: '2025-02-30' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Where do you work now?');
    expect(html).toContain('id="f-employer-error">Needs an answer');
    expect(html).toContain('id="f-since-error">Must be a real date YYYY-MM-DD (got &quot;2025-02-30&quot;)');
    expect(await k.snapshot()).toBe(before);
  });
});

describe('the verdict', () => {
  it('tops every page as a word, a colour, the date and the sentence that matters', async () => {
    k = await webKeel();
    await loadPersona(k.ctx, 'cluster');
    for (const path of ['/checkin', '/triggers', '/brag', '/jobs', '/rules', '/doc']) {
      const html = await body(path);
      expect(html, path).toContain('<p class="strip verdict-look"><strong class="word">LOOK</strong>');
      expect(textOf(html), path).toContain('as of Sun 29 Nov 2026 · Three of your leave triggers showed up in the last 12 weeks.');
    }
  });

  it('expands on the dashboard: reasons with evidence and the principle quoted, what would change it', async () => {
    k = await webKeel();
    await loadPersona(k.ctx, 'cluster');
    const html = await body('/');
    expect(html).toContain('<section class="card verdict-look"');
    const text = textOf(html);
    expect(text).toContain('LOOK as of Sun 29 Nov 2026');
    expect(text).toContain('“Know in advance what would make you leave. No single trigger is enough on its own;');
    expect(text).toContain('20 Oct values: Leadership reversed the security commitment');
    expect(text).toContain('17 Nov privacy: Asked to build cross-site user fingerprinting');
    expect(text).toContain('What would change it If nothing new shows up, this returns to STAY after');
  });

  it('says STAY plainly, with nudges and the rules still waiting for data', async () => {
    k = await setUpKeel();
    await checkIn(k.ctx, { week: '2026-W48', hours: 45, quality: 2, satisfaction: 4, energy: 4, growth: 4, respected: true, who5: [1, 1, 1, 1, 1] });
    const text = textOf(await body('/'));
    expect(text).toContain('STAY as of Sun 29 Nov 2026');
    expect(text).toContain('Nothing in your own rules says to look elsewhere right now.');
    expect(text).toContain('Look after yourself: Your WHO-5 wellbeing self-check is 20 of 100, which is very low.');
    expect(text).toContain('not a diagnosis');
    expect(text).toMatch(/Not enough data yet for \w+ rules/);
    expect(text).toContain('unsatisfied: need two check-ins in 4 weeks; you have one');
  });

  it('links each nudge to where it is acted on, without the CLI command', async () => {
    k = await webKeel();
    await initKeel(k.ctx, 'starter');
    await startJob(k.ctx, { employer: 'Initech', title: 'Staff Engineer', startedOn: '2021-03-01' });
    await checkIn(k.ctx, { week: '2026-W48', hours: 38, quality: 4, satisfaction: 4, energy: 4, growth: 4, respected: true });
    const html = await body('/');
    const text = textOf(html);
    expect(text).toContain('Light search: You have been at Initech for five years with no job search since.');
    expect(text).toContain('still learning and growing. Start a light search');
    expect(html).toContain('<a href="/opportunities">Start a light search</a>');
    expect(text).not.toMatch(/keel (search|brag|doc)/);
  });

  it('invites a check-in and a job when they are missing', async () => {
    k = await webKeel();
    await k.post('/welcome', { template: 'starter' });
    const text = textOf(await body('/'));
    expect(text).toContain('You have not checked in for 2026-W48 yet.');
    expect(text).toContain('Add your current job');
    expect(text).toContain('Your charts appear after your first');
  });
});

describe('charts', () => {
  it('draw the metrics on one 1–5 scale, hours with a 40-hour line, WHO-5 with its 50 line, one timeline row per trigger', async () => {
    k = await webKeel();
    await loadPersona(k.ctx, 'cluster');
    expect((await body('/')).match(/<svg class="chart"/g)?.length).toBe(6);
    await checkIn(k.ctx, {
      week: '2026-W48',
      hours: 36,
      quality: 4,
      satisfaction: 3,
      energy: 4,
      growth: 4,
      respected: true,
      who5: [2, 2, 2, 2, 2],
      replace: true,
    });
    const html = await body('/');
    const svgs = html.match(/<svg class="chart"[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBe(7);
    for (const svg of svgs.slice(0, 4)) expect(textOf(svg).trim().startsWith('1 3 5')).toBe(true);
    expect(textOf(svgs[4] as string)).toContain('40 h');
    expect(textOf(svgs[5] as string)).toContain(' 50 ');
    expect(svgs[5]).toContain('2026-W48: WHO-5 40');
    const rows = [...(svgs[6] as string).matchAll(/text-anchor="end">([a-z-]+)</g)].map((m) => m[1]);
    expect(rows).toEqual(['values', 'gamified-kpis', 'privacy']);
    expect((svgs[6] as string).match(/<circle class="mark"/g)?.length).toBe(3);
  });

  it('have text alternatives: each chart is labelled, with a summary and the numbers in tables', async () => {
    k = await webKeel();
    await loadPersona(k.ctx, 'cluster');
    const html = await body('/');
    for (const id of [...html.matchAll(/aria-labelledby="(chart-[a-z0-9]+)"/g)].map((m) => m[1])) expect(html).toContain(`id="${id}"`);
    const text = textOf(html);
    expect(text).toContain('Satisfaction: latest 3 (2026-W48), lowest 3, highest 3.');
    expect(text).toContain('0 of 8 weeks at 40 hours or more');
    expect(text).toContain('3 observations of 3 triggers: values once (last 20 Oct); gamified-kpis once (last 03 Nov); privacy once (last 17 Nov).');
    expect(html).toContain('<summary>The numbers behind these charts</summary>');
    expect(html).toContain('<td>2026-W41</td><td class="num">36</td>');
  });

  it('leave a gap for a week without a check-in instead of drawing through it', async () => {
    k = await setUpKeel();
    for (const w of ['2026-W44', '2026-W45', '2026-W47', '2026-W48']) {
      await checkIn(k.ctx, { week: w, hours: 30, quality: 4, satisfaction: 3, energy: 3, growth: 3, respected: true });
    }
    const satisfaction = (await body('/')).match(/<svg class="chart"[\s\S]*?<\/svg>/)?.[0] ?? '';
    const path = satisfaction.match(/<path class="series" d="([^"]+)"/)?.[1] ?? '';
    expect(path.match(/M/g)?.length).toBe(2);
    expect(satisfaction.match(/<circle class="dot"/g)?.length).toBe(4);
  });

  it('mark the overwork weeks (quality 3 or lower) apart from the others', async () => {
    k = await setUpKeel();
    await checkIn(k.ctx, { week: '2026-W47', hours: 48, quality: 2, satisfaction: 3, energy: 3, growth: 3, respected: true });
    await checkIn(k.ctx, { week: '2026-W48', hours: 30, quality: 5, satisfaction: 3, energy: 3, growth: 3, respected: true });
    const hours = (await body('/')).match(/<figcaption id="chart-hours">[\s\S]*?<\/figure>/)?.[0] ?? '';
    expect(hours.match(/class="dot low"/g)?.length).toBe(1);
    expect(hours).toContain('2026-W47: 48 h at quality 2');
  });
});

/**
 * A light job search in a real browser, from first contact to decision: start a search, add two
 * opportunities, record interview answers, flag the suggested red flags, record an offer, compare them
 * side by side against your job now, decline; axe-core on every hunting page in light and dark.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJob } from '../../src/app/jobs.service.js';
import { initKeel } from '../../src/app/setup.service.js';
import { observe } from '../../src/app/triggers.service.js';
import { CHROMIUM, consoleErrors, expectAccessible, launch, open, type Site, screenshot, site, visit } from './harness.js';

describe.runIf(Boolean(CHROMIUM))('job hunting in Chromium', () => {
  let browser: Browser;
  let keel: Site;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    keel = await site(async (ctx) => {
      await initKeel(ctx, 'starter');
      await startJob(ctx, { employer: 'Globex', title: 'Staff Engineer', startedOn: '2024-06-03' });
      await observe(ctx, { trigger: 'gamified-kpis', observedOn: '2026-11-03', severity: 2, note: 'Bonus now tied to ticket counts' });
    });
    page = await open(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await keel?.close();
  });

  const path = () => new URL(page.url()).pathname;
  const status = () => page.locator('[role=status]').textContent();

  /** Opens the answer form of one question (by its number on the page) and saves an answer. */
  async function answer(n: number, said: string, who: string) {
    const form = page.locator('details').filter({ has: page.locator('summary', { hasText: new RegExp(`to question ${n}$`) }) });
    await form.locator('summary').click();
    await form.getByLabel('What they said').fill(said);
    await form.getByLabel('Who (optional)').fill(who);
    await form.getByLabel('When').fill('2026-11-20');
    await form.getByRole('button', { name: 'Save answer' }).click();
    expect(await status()).toContain('Answer saved.');
  }

  it('starts a light search and adds an opportunity with the keyboard alone', async () => {
    await visit(page, keel.url('/opportunities'), 'opportunities-empty');
    await page.getByRole('button', { name: 'Start a search' }).click();
    expect(await status()).toContain('Search started.');
    expect(await page.locator('main').textContent()).toContain('A light search has been open since');

    await page.getByLabel('Company').focus();
    await page.keyboard.type('Initech');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Staff Engineer');
    await page.keyboard.press('Tab');
    await page.keyboard.type('https://initech.example/jobs/42');
    // The stage (saved) and the date (today) keep their defaults; Enter submits.
    await Promise.all([page.waitForURL(/\/opportunities\/\d+/), page.keyboard.press('Enter')]);
    expect(path()).toBe('/opportunities/1');
    expect(await status()).toContain('Added.');
    expect(await page.locator('h1').textContent()).toBe('Initech: Staff Engineer');
    expect(await page.locator('main').textContent()).toContain('Saved since Sun 29 Nov 2026');
  });

  it('records answers, sees the suggested triggers with the words that matched, and flags them', async () => {
    await answer(1, 'Honestly? People get blamed after incidents instead of fixing the problem.', 'Ana Ruiz');
    const first = page.locator('.answers > li').first();
    expect(await first.locator('.suggest').textContent()).toMatch(/Maybe a red flag: blame \(“blamed”/);
    await first.getByLabel('Severity').selectOption('2');
    await first.getByRole('button', { name: 'Flag it' }).click();
    expect(await status()).toContain('Flagged against your trigger.');

    await answer(8, 'The engineer who made that mistake had no safety net; she was gone the next week.', 'Bo');
    const second = page.locator('li', { hasText: 'she was gone the next week' }).last();
    expect(await second.getByLabel('Flag against').inputValue()).toBe('7'); // psych-safety, suggested first
    await second.getByLabel('Severity').selectOption('3');
    await second.getByRole('button', { name: 'Flag it' }).click();

    const flags = page.locator('.flag-group h3');
    expect(await flags.allTextContents()).toEqual([
      'No humility or psychological safety after a mistake psych-safety',
      'People assign blame instead of figuring out the problem and fixing it blame',
    ]);
    await screenshot(page, 'opportunity-flags');
    await expectAccessible(page, 'opportunity-flags');
  });

  it('records an offer, adds a second opportunity, and compares them against the job now', async () => {
    await page.locator('summary', { hasText: 'Record an offer' }).click();
    await page.getByLabel('Yearly pay').fill('185,000');
    await page.getByLabel('Currency (optional)').fill('EUR');
    await page.getByLabel('Decide by (optional)').fill('2026-12-11');
    await page.getByRole('button', { name: 'Save offer' }).click();
    expect(await status()).toContain('Offer saved.');
    expect(await page.locator('main').textContent()).toContain('Offer since Sun 29 Nov 2026');

    await page.goto(keel.url('/opportunities'));
    await page.getByLabel('Company').fill('Hooli');
    await page.getByLabel('Role', { exact: true }).fill('Principal Engineer');
    await page.getByRole('button', { name: 'Add opportunity' }).click();
    await answer(1, 'The commute, maybe. We pair a lot and the lunches are great.', 'Cy');
    expect(await page.locator('.suggest').count()).toBe(0);

    await page.goto(keel.url('/opportunities'));
    await page.getByLabel('Compare Initech, Staff Engineer').check();
    await page.getByLabel('Compare Hooli, Principal Engineer').check();
    await page.getByRole('button', { name: 'Compare the chosen ones' }).click();
    expect(path()).toBe('/compare');
    const summary = await page.locator('main > ul').first().locator('li').allTextContents();
    // Columns follow the board, newest first.
    expect(summary.join('|')).toBe(
      'Your job now (Globex): 1 observation on gamified-kpis (weighted 2)|Hooli: no red flags|Initech: 2 red flags on psych-safety, blame (weighted 5)',
    );
    const header = await page.locator('table.compare thead th').allInnerTexts();
    expect(header.map((h) => h.split('\n')[0])).toEqual(['Your job now', 'Hooli', 'Initech']);
    const row = (name: string) => page.locator('table.compare tbody tr', { has: page.locator('th', { hasText: name }) });
    expect((await row('psych-safety').locator('td').allInnerTexts()).map((t) => t.trim().split('\n')[0])).toEqual(['—', '—', '1 flag, worst severity 3']);
    expect(await row('Pay').locator('td').allTextContents()).toEqual(['—', '—', '185,000 EUR']);
    await screenshot(page, 'compare');
    await expectAccessible(page, 'compare');
  });

  it('declines the offer; the opportunity moves to Closed', async () => {
    await page.goto(keel.url('/opportunities/1'));
    await page.getByLabel('Move to').selectOption('declined');
    await page.locator('#move-note').fill('Psychological safety matters more than pay');
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    expect(await status()).toContain('Moved.');
    expect(await page.locator('main').textContent()).toContain('Declined: a decision closes an opportunity.');
    await page.goto(keel.url('/opportunities'));
    expect(await page.locator('h2', { hasText: 'Closed' }).count()).toBe(1);
  });

  it('shows a refused form with its message in place and keeps what was typed', async () => {
    await page.goto(keel.url('/opportunities/2'));
    await page.locator('summary', { hasText: 'Record an offer' }).click();
    await page.getByLabel('Yearly pay').fill('-5000');
    await page.getByRole('button', { name: 'Save offer' }).click();
    expect(await page.locator('#offer-pay-error').textContent()).toBe('Must be a positive yearly amount (got -5000).');
    expect(await page.getByLabel('Yearly pay').inputValue()).toBe('-5000');
    expect(await page.getByLabel('Yearly pay').getAttribute('aria-invalid')).toBe('true');
  });

  it('every hunting page passes axe-core in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const p = await open(browser, scheme);
      for (const [url, name] of [
        ['/opportunities', 'opportunities'],
        ['/opportunities/1', 'opportunity-closed'],
        ['/opportunities/2', 'opportunity-open'],
        ['/compare?o=1&o=2', 'compare'],
        ['/compare', 'compare-choose'],
        ['/questions', 'questions'],
      ] as const)
        await visit(p, keel.url(url), `${scheme}-${name}`);
      await p.close();
    }
    expect(consoleErrors.filter((e) => /\/(opportunities|compare|questions)/.test(e) && !/status of 400/.test(e))).toEqual([]);
  });
});

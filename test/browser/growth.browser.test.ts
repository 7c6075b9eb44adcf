/**
 * Direction, goals and the quarterly review in a real browser: set a direction with the keyboard, add a
 * goal, log a win, link it as evidence, see it on the review, start a light search, export the brag
 * document; axe-core on /direction, /review and /brag in light and dark; no console errors.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJob } from '../../src/app/jobs.service.js';
import { initKeel } from '../../src/app/setup.service.js';
import { CHROMIUM, consoleErrors, expectAccessible, launch, open, SCREENSHOTS, type Site, screenshot, site, visit } from './harness.js';

// Skipped only when no Chromium is installed (web.browser.test.ts says so loudly, and fails in CI).
describe.runIf(Boolean(CHROMIUM))('Direction, goals and the review in Chromium', () => {
  let browser: Browser;
  let keel: Site;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    // Nearly five years in one job: the review has a light search to offer.
    keel = await site(async (ctx) => {
      await initKeel(ctx, 'starter');
      await startJob(ctx, { employer: 'Globex', title: 'Staff Engineer', startedOn: '2022-01-03' });
    });
    page = await open(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await keel?.close();
  });

  const status = () => page.locator('[role=status]').textContent();
  const focused = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? '');

  it('teaches first, then sets a direction with the keyboard', async () => {
    await visit(page, keel.url('/direction'), 'direction-empty');
    expect(await page.locator('main').textContent()).toContain('The four staff archetypes');

    await page.locator('input[name=track][value=principal-ic]').check();
    // Tab into the archetype group, Space picks the first, arrows move and pick.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await focused()).toBe('tech-lead');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('architect');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('deep');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Storage is where I want to go deep');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save direction');
    await page.keyboard.press('Enter');
    await page.waitForURL(/done=set/);
    expect(await status()).toBe('Saved your direction.');
    const current = (await page.locator('dl.direction').textContent()) ?? '';
    expect(current).toContain('Principal IC');
    expect(current).toContain('Architect — owns the direction and quality of a critical area');
    expect(current).toContain('Deep — mastery of one area');
    expect(await keel.ctx.store.listDirections()).toMatchObject([{ track: 'principal-ic', archetype: 'architect', breadth: 'deep' }]);

    // Sending it again unchanged says so.
    await page.getByRole('button', { name: 'Save direction' }).click();
    expect(await status()).toBe('Nothing changed: your direction is as it was.');
  });

  it('adds a goal; with no evidence it points to the brag document', async () => {
    await page.getByLabel('A goal to grow into').fill('Lead a cross-team design');
    await page.getByRole('button', { name: 'Add goal' }).click();
    expect(await status()).toBe('Added the goal.');
    const goal = page.locator('#goal-1');
    expect(await goal.textContent()).toContain('No evidence yet, and that is fine');
    await goal.getByRole('link', { name: 'your brag document' }).click();
    expect(new URL(page.url()).pathname).toBe('/brag');
  });

  it('logs a win on /brag and links it to the goal as evidence', async () => {
    await page.getByLabel('What did you do?').fill('Ran the storage design review across three teams');
    await page.getByLabel('When').fill('2026-11-20');
    await page.getByRole('button', { name: 'Add win' }).click();
    expect(await status()).toBe('Added to your brag document.');

    await page.goto(keel.url('/direction'));
    const goal = page.locator('#goal-1');
    // The details open with the keyboard: focus the summary, press Enter.
    await goal.locator('summary').focus();
    await page.keyboard.press('Enter');
    await goal.getByLabel('2026-11-20 · Ran the storage design review across three teams').check();
    await screenshot(page, 'direction-link-evidence');
    await expectAccessible(page, 'direction-link-evidence');
    await goal.getByRole('button', { name: /^Link as evidence/ }).click();
    expect(await status()).toBe('Linked as evidence.');
    expect(await page.locator('#goal-1 .evidence').textContent()).toContain('2026-11-20 Ran the storage design review across three teams');
    expect((await keel.ctx.store.listGoals())[0]?.evidence).toEqual([1]);
  });

  it('sees the goal and its evidence on the review, and starts a light search from it', async () => {
    await visit(page, keel.url('/review'), 'review');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Heading for: Principal IC · Architect · Deep.');
    expect(main).toContain('Lead a cross-team design');
    expect(main).toContain('Ran the storage design review across three teams');
    expect(main).toContain('One win logged this quarter; it is evidence for a goal.');
    expect(main).toContain('Am I still learning and growing?');
    expect(await page.locator('ol.weeks li').count()).toBe(13);
    expect(await page.locator('ol.weeks li').last().textContent()).toBe('2026-W48 STAY');

    await page.getByRole('button', { name: 'Start a light search today' }).click();
    expect(await status()).toContain('Started a light job search today.');
    expect(await page.locator('main').textContent()).toContain('A light search has been open since Sun 29 Nov 2026.');
    expect(await keel.ctx.store.listSearches()).toMatchObject([{ kind: 'light', endedOn: null }]);
    await screenshot(page, 'review-search-started');
  });

  it('exports the brag document for a review as a download', async () => {
    await page.goto(keel.url('/brag'));
    await page.getByLabel('From (optional)').fill('2026-01-01');
    await page.getByLabel('Format').selectOption('md');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe('brag-2026-01-01-to-2026-11-29.md');
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const doc = Buffer.concat(chunks).toString('utf8');
    expect(doc).toContain('## 2026 Q4 (Oct–Dec)');
    expect(doc).toContain('- 2026-11-20: Ran the storage design review across three teams.');
  });

  it('/direction, /review and /brag pass axe-core in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const p = await open(browser, scheme);
      for (const path of ['/direction', '/review', '/brag']) await visit(p, keel.url(path), `growth-${scheme}-${path.slice(1)}`);
      await p.close();
    }
  });

  it('loaded these pages without a console error (no CSP violation, no missing asset)', () => {
    expect(consoleErrors).toEqual([]);
    expect(SCREENSHOTS).toContain('tmp');
  });
});

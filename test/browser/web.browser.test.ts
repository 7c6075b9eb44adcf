/**
 * What a person does, in a real browser: onboarding → check-in → the verdict and what changed; a
 * trigger added and noted; a keyboard-only check-in; a persona with a cluster of triggers at LOOK;
 * a principle edited with its history; axe-core on every page in light and dark.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPersona } from '../helpers/web.js';
import { CHROMIUM, consoleErrors, expectAccessible, IN_CI, launch, open, SCREENSHOTS, type Site, screenshot, site, visit } from './harness.js';

if (!CHROMIUM && !IN_CI) {
  console.warn(
    `\n${'!'.repeat(78)}\n!! Browser tests SKIPPED: no Chromium found. Install it: apt-get install -y chromium\n!! (with CI set, a missing Chromium fails the run)\n${'!'.repeat(78)}\n`,
  );
}

it('finds Chromium when CI is set (.ci/run installs it)', () => {
  if (IN_CI) expect(CHROMIUM, 'No Chromium found at /usr/bin/chromium: apt-get install -y chromium').toBeDefined();
});

// Skipped only when no Chromium is installed and CI is unset (the loud message above says so).
describe.runIf(Boolean(CHROMIUM))('Keel in Chromium', () => {
  let browser: Browser;
  let fresh: Site;
  let cluster: Site;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    fresh = await site();
    cluster = await site((ctx) => loadPersona(ctx, 'cluster'));
    page = await open(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await fresh?.close();
    await cluster?.close();
  });

  const radio = (name: string, value: string) => page.locator(`input[name="${name}"][value="${value}"]`).check();

  it('onboarding → first check-in → the dashboard shows the verdict and what changed', async () => {
    await page.goto(fresh.url('/'));
    expect(new URL(page.url()).pathname).toBe('/welcome');
    await visit(page, fresh.url('/welcome'), 'welcome');
    await page.getByRole('button', { name: 'Start' }).click();
    expect(new URL(page.url()).pathname).toBe('/welcome/job');
    await screenshot(page, 'welcome-job');
    await expectAccessible(page, 'welcome-job');
    await page.getByLabel('Employer').fill('Initech');
    await page.getByLabel('Title').fill('Staff Engineer');
    await page.getByLabel('Started on').fill('2024-06-03');
    await page.getByRole('button', { name: 'Save job' }).click();
    expect(new URL(page.url()).pathname).toBe('/checkin');

    // Last week first, so this week's check-in has something to compare with.
    await page.getByLabel('Week', { exact: true }).fill('2026-W47');
    await page.getByLabel('Hours worked').fill('44');
    for (const [name, value] of [
      ['quality', '3'],
      ['satisfaction', '2'],
      ['energy', '3'],
      ['growth', '3'],
      ['respected', 'yes'],
    ])
      await radio(name as string, value as string);
    await page.getByRole('button', { name: 'Save check-in' }).click();
    expect(await page.locator('[role=status]').textContent()).toContain('Saved your check-in for 2026-W47.');

    await page.goto(fresh.url('/checkin'));
    await visit(page, fresh.url('/checkin'), 'checkin');
    await page.getByLabel('Hours worked').fill('36');
    for (const [name, value] of [
      ['quality', '4'],
      ['satisfaction', '4'],
      ['energy', '3'],
      ['growth', '4'],
      ['respected', 'yes'],
    ])
      await radio(name as string, value as string);
    await page.getByLabel('Wins this week').fill('Shipped the importer');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    expect(new URL(page.url()).search).toBe('?saved=2026-W48');
    const status = await page.locator('[role=status]').textContent();
    expect(status).toContain(
      'Saved your check-in for 2026-W48. Satisfaction up from 2 to 4; quality up from 3 to 4; growth up from 3 to 4; hours down from 44 to 36; verdict still STAY.',
    );
    expect(await page.locator('.card .word').textContent()).toBe('STAY');
    await screenshot(page, 'dashboard-after-checkin');
    await expectAccessible(page, 'dashboard-after-checkin');
  });

  it('shows inline messages for bad answers, and keeps what was typed', async () => {
    await page.goto(fresh.url('/checkin?week=2026-W46'));
    await page.getByLabel('Hours worked').fill('130');
    await radio('quality', '4');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => page.locator('#f-hours-error').textContent()).toBe('Must be a number 0–120 (got 130).');
    expect(await page.locator('#f-satisfaction-error').textContent()).toBe('Needs an answer.');
    expect(await page.locator('input[name=quality][value="4"]').isChecked()).toBe(true);
    await screenshot(page, 'checkin-errors');
    await expectAccessible(page, 'checkin-errors');
    expect(await fresh.ctx.store.getCheckIn('2026-W46')).toBeNull();
  });

  it('adds a trigger and notes it; its history shows the note', async () => {
    await visit(page, fresh.url('/triggers'), 'triggers');
    await page.getByLabel('What would make you leave?').fill('Promises about promotion keep moving');
    await page.getByRole('button', { name: 'Add trigger' }).click();
    expect(await page.locator('[role=status]').textContent()).toBe('Added the trigger.');
    await page.getByLabel('Which trigger?').selectOption({ label: 'Promises about promotion keep moving' });
    await page.getByLabel('When').fill('2026-11-25');
    await page.getByLabel('2 · clear').check();
    await page.getByLabel('What happened? (optional)').fill('Promotion pushed to next cycle, again');
    await page.getByRole('button', { name: 'Note it' }).click();
    expect(await page.locator('[role=status]').textContent()).toContain('Noted.');
    await page.getByRole('link', { name: 'History of promises-promotion-keep-moving' }).click();
    await screenshot(page, 'trigger-history');
    await expectAccessible(page, 'trigger-history');
    expect(await page.locator('main table').textContent()).toContain('Promotion pushed to next cycle, again');
  });

  it('a whole check-in with the keyboard alone, with visible focus', async () => {
    await page.goto(fresh.url('/checkin?week=2026-W45'));
    const focused = () => page.evaluate(() => document.activeElement?.id || (document.activeElement as HTMLInputElement | null)?.name || '');
    for (let i = 0; i < 40 && (await focused()) !== 'f-week'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('f-week');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Tab');
    await page.keyboard.type('32');
    // Each 1–5 question is one Tab stop; Space picks the first answer, arrows move to the others.
    for (const steps of [3, 2, 2, 3]) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      for (let s = 0; s < steps; s++) await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (let i = 0; i < 60 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Save check-in'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/saved=2026-W45/);
    expect(await fresh.ctx.store.getCheckIn('2026-W45')).toMatchObject({ hours: 32, quality: 4, satisfaction: 3, energy: 3, growth: 4, respected: true });
  });

  it('a persona with a cluster of triggers sees LOOK with its reasons and the timeline', async () => {
    await visit(page, cluster.url('/'), 'dashboard-look');
    expect(await page.locator('.card .word').textContent()).toBe('LOOK');
    const card = (await page.locator('.card').textContent()) ?? '';
    expect(card).toContain('Three of your leave triggers showed up in the last 12 weeks.');
    expect(card).toContain('Leadership reversed the security commitment');
    expect(card).toContain('No single trigger is enough on its own');
    expect(await page.locator('svg[aria-labelledby=chart-triggers] circle.mark').count()).toBe(3);
  });

  it('edits a principle with a reason and sees its history as a diff', async () => {
    await visit(page, cluster.url('/doc'), 'doc');
    await page.getByRole('link', { name: 'Edit or see history of principle 2' }).click();
    await page.getByLabel('The principle (Markdown)').fill('Be kind to yourself and proud of what you did this week.');
    await page.getByLabel('Why the change? (kept in the history)').fill('Make it weekly');
    await page.getByRole('button', { name: 'Save changes' }).click();
    expect(await page.locator('[role=status]').textContent()).toContain('Saved.');
    expect(await page.locator('.diff ins').first().textContent()).toContain('did this week');
    expect(await page.locator('main ol li').first().textContent()).toContain('Make it weekly');
    await screenshot(page, 'principle-history');
    await expectAccessible(page, 'principle-history');
  });

  it('every page passes axe-core (no serious or critical violations) in light and dark', async () => {
    const pages = ['/', '/checkin', '/triggers', '/triggers/1', '/brag', '/jobs', '/rules?open=triggers-cluster', '/doc', '/doc/1'];
    for (const scheme of ['light', 'dark'] as const) {
      const p = await open(browser, scheme);
      for (const path of pages) await visit(p, cluster.url(path), `${scheme}-${path.replace(/[/?=]+/g, '-').replace(/^-|-$/g, '') || 'dashboard'}`);
      await p.close();
    }
  });

  it('loaded every page without a console error (no CSP violation, no missing asset)', () => {
    // The one expected error: the check-in form sent back with its messages answers 400.
    expect(consoleErrors.filter((e) => !/\/checkin: .*status of 400/.test(e))).toEqual([]);
    expect(SCREENSHOTS).toContain('tmp');
  });
});

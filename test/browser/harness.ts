/** Debian's Chromium driven by playwright-core against in-process Keel servers on 127.0.0.1, with axe-core. */
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Ctx } from '../../src/app/context.js';
import { type RunningServer, startServer } from '../../src/web/server.js';
import { ROOT } from '../helpers/cli.js';
import { memoryKeel } from '../helpers/memory.js';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => fs.existsSync(p));
export const IN_CI = Boolean(process.env.CI) && !['0', 'false'].includes(String(process.env.CI).toLowerCase());
/** Git-ignored (`/tmp/` in .gitignore): one PNG per page visited, to look at. */
export const SCREENSHOTS = path.join(ROOT, 'tmp', 'screenshots');

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM as string,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Site {
  ctx: Ctx & { close(): Promise<void> };
  server: RunningServer;
  url(path: string): string;
  close(): Promise<void>;
}

/** A Keel on an in-memory database (today is Sun 29 Nov 2026), served on 127.0.0.1 at a free port. */
export async function site(prepare: (ctx: Ctx) => Promise<unknown> = async () => {}): Promise<Site> {
  const ctx = await memoryKeel('2026-11-29');
  await prepare(ctx);
  const server = await startServer(ctx, { host: '127.0.0.1', port: 0 });
  return {
    ctx,
    server,
    url: (p) => new URL(p, server.url).toString(),
    close: async () => {
      await server.close();
      await ctx.close();
    },
  };
}

/** Every console error seen (a CSP violation or a failed asset shows up there); the tests expect none. */
export const consoleErrors: string[] = [];

export async function open(browser: Browser, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
  return page;
}

/** axe-core on the current page: no serious or critical violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }
    ).axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    name,
  ).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Go to a page, take its picture, run axe on it. */
export async function visit(page: Page, url: string, name: string): Promise<void> {
  const res = await page.goto(url);
  expect(res?.status(), url).toBeLessThan(400);
  await screenshot(page, name);
  await expectAccessible(page, name);
}

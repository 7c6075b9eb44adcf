// Leave triggers over a real (in-memory) SQLite store: slugs a person would pick, renaming (rules follow), restoring.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ctx } from '../src/app/context.js';
import { startJob } from '../src/app/jobs.service.js';
import { listQuestions } from '../src/app/questions.service.js';
import { setRuleParam } from '../src/app/rules.service.js';
import { initKeel } from '../src/app/setup.service.js';
import { addTrigger, findTrigger, observe, renameTrigger, restoreTrigger, retiredTriggerWithText, retireTrigger } from '../src/app/triggers.service.js';
import { evaluate } from '../src/app/verdict.service.js';
import { TRIGGER_QUESTIONS } from '../src/core/opportunities/questions.js';
import { memoryKeel } from './helpers/memory.js';

let ctx: Ctx & { close(): Promise<void> };
beforeEach(async () => {
  ctx = await memoryKeel();
  await initKeel(ctx, 'starter');
  await startJob(ctx, { employer: 'Globex', title: 'Staff Engineer', startedOn: '2024-06-03' });
});
afterEach(() => ctx.close());

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { code?: string; message: string; hint?: string }) => e,
  );

describe('adding a trigger', () => {
  it('names it with a short slug a person would pick, and numbers a second one', async () => {
    expect((await addTrigger(ctx, { text: "A manager who takes credit for the team's work" })).slug).toBe('manager-takes-credit');
    expect((await addTrigger(ctx, { text: 'Manager takes credit, again and again' })).slug).toBe('manager-takes-credit-2');
    expect((await addTrigger(ctx, { text: 'Promises about promotion that keep moving' })).slug).toBe('promises-promotion-keep-moving');
  });

  it('takes a --slug of at most 32 characters', async () => {
    expect((await addTrigger(ctx, { text: 'Pager at night', slug: 'a'.repeat(32) })).slug).toBe('a'.repeat(32));
    await expect(addTrigger(ctx, { text: 'Pager on weekends', slug: 'a'.repeat(33) })).rejects.toMatchObject({
      code: 'InvalidInput',
      message: expect.stringContaining('slug must be at most 32 characters'),
    });
  });

  it('refuses the text of a retired trigger, naming the restore command', async () => {
    await retireTrigger(ctx, 'values');
    const e = await codeOf(addTrigger(ctx, { text: "leadership DOESN'T respect or follow the company values" }));
    expect(e).toMatchObject({
      code: 'Conflict',
      message: `a trigger "Leadership doesn't respect or follow the company values" exists but is retired`,
      see: { place: 'restore-trigger', ref: 'values' },
    });
    expect((await retiredTriggerWithText(ctx, " Leadership doesn't respect or follow the company values "))?.slug).toBe('values');
    expect(await retiredTriggerWithText(ctx, 'No career improvement or growth potential')).toBeNull();
  });
});

describe('renaming a trigger', () => {
  it('renames it in one go with every rule that watches it; its observations follow, and the rule still fires', async () => {
    await observe(ctx, { trigger: 'blame', observedOn: '2026-11-02' });
    const r = await renameTrigger(ctx, 'blame', 'blame-games');
    expect(r).toMatchObject({ previousSlug: 'blame', rulesFollowed: 1, trigger: { slug: 'blame-games', text: expect.stringContaining('blame') } });
    expect((await ctx.store.listRules()).find((x) => x.name === 'blame-culture')?.params).toMatchObject({ trigger: 'blame-games' });
    expect((await ctx.store.listObservations()).map((o) => o.slug)).toEqual(['blame-games']);
    await expect(findTrigger(ctx.store, 'blame')).rejects.toMatchObject({ code: 'NotFound' });

    await observe(ctx, { trigger: 'blame-games', observedOn: '2026-11-16' });
    await observe(ctx, { trigger: 'blame-games', observedOn: '2026-11-24' });
    const v = await evaluate(ctx);
    expect(v.reasons.find((x) => x.rule === 'blame-culture')).toMatchObject({ level: 'look' });
    expect(v.verdict).toBe('look');
  });

  it('moves every repeat rule that names the old slug, and no other', async () => {
    await setRuleParam(ctx, 'trigger-persists', 'trigger', 'values');
    const r = await renameTrigger(ctx, 'values', 'values-ignored');
    expect(r.rulesFollowed).toBe(1);
    const rules = await ctx.store.listRules();
    expect(rules.find((x) => x.name === 'trigger-persists')?.params).toMatchObject({ trigger: 'values-ignored' });
    expect(rules.find((x) => x.name === 'blame-culture')?.params).toMatchObject({ trigger: 'blame' });
    expect((await renameTrigger(ctx, 'no-growth', 'stuck')).rulesFollowed).toBe(0);
  });

  it('keeps a starter trigger’s interview question', async () => {
    await renameTrigger(ctx, 'psych-safety', 'no-safety');
    const bank = await listQuestions(ctx);
    expect(bank.find((q) => q.slug === 'no-safety')?.text).toBe(TRIGGER_QUESTIONS['psych-safety']);
  });

  it('refuses a bad slug, a slug another trigger has (even a retired one) and the same name', async () => {
    const before = JSON.stringify(await ctx.store.dump());
    for (const bad of ['Not A Slug', 'trailing-', 'a'.repeat(33), '', 42]) {
      await expect(renameTrigger(ctx, 'values', bad)).rejects.toMatchObject({ code: 'InvalidInput', message: expect.stringMatching(/^slug /) });
    }
    await expect(renameTrigger(ctx, 'values', 'blame')).rejects.toMatchObject({
      code: 'Conflict',
      message: 'the slug blame is taken by "People assign blame instead of figuring out the problem and fixing it"',
      hint: 'Choose another slug.',
      see: { place: 'all-triggers' },
    });
    await retireTrigger(ctx, 'privacy');
    await expect(renameTrigger(ctx, 'values', 'privacy')).rejects.toMatchObject({ code: 'Conflict', message: expect.stringContaining('(retired)') });
    await expect(renameTrigger(ctx, 'values', 'values')).rejects.toMatchObject({ code: 'Conflict' });
    await expect(renameTrigger(ctx, 'nope', 'fine')).rejects.toMatchObject({ code: 'NotFound' });
    const after = JSON.parse(JSON.stringify(await ctx.store.dump()));
    after.triggers = after.triggers.map((t: { slug: string; active: boolean; retiredAt: string | null }) =>
      t.slug === 'privacy' ? { ...t, active: true, retiredAt: null } : t,
    );
    expect(JSON.stringify(after)).toBe(before);
  });

  it('renames a retired trigger too, found by id, slug or text', async () => {
    await retireTrigger(ctx, 'sales-only');
    expect((await renameTrigger(ctx, 'The job only serves sales or marketing instead of the product', 'sales-first')).trigger).toMatchObject({
      slug: 'sales-first',
      active: false,
    });
  });
});

describe('restoring a trigger', () => {
  it('counts a retired trigger again, with its history', async () => {
    await observe(ctx, { trigger: 'values', observedOn: '2026-11-02' });
    await retireTrigger(ctx, 'values');
    const t = await restoreTrigger(ctx, 'values');
    expect(t).toMatchObject({ slug: 'values', active: true, retiredAt: null });
    expect((await ctx.store.listTriggers()).find((x) => x.slug === 'values')).toMatchObject({ active: true, retiredAt: null });
    expect(await ctx.store.listObservations()).toHaveLength(1);
    await observe(ctx, { trigger: 'values', observedOn: '2026-11-20' });
  });

  it('refuses an active trigger, and one whose text an active trigger now has', async () => {
    await expect(restoreTrigger(ctx, 'values')).rejects.toMatchObject({ code: 'Conflict', message: 'trigger values is active' });
    await retireTrigger(ctx, 'values');
    await ctx.store.transaction((tx) =>
      tx.insertTrigger(
        { slug: 'values-again', text: "Leadership doesn't respect or follow the company values", weight: 1, principleId: null },
        ctx.clock.now(),
      ),
    );
    await expect(restoreTrigger(ctx, 'values')).rejects.toMatchObject({ code: 'Conflict', message: 'the active trigger values-again has the same text' });
  });
});

// The living document over a real (in-memory) SQLite store: import, proposals, history, export round trips, reviews.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Ctx, fixedClock } from '../src/app/context.js';
import {
  addPrinciple,
  addSection,
  dueForReview,
  editPrinciple,
  exportMarkdown,
  getDocument,
  importDocument,
  moveSection,
  principleHistory,
  renameSection,
  reviewPrinciple,
  setReviewDays,
} from '../src/app/doc.service.js';
import { initKeel } from '../src/app/setup.service.js';
import { observe } from '../src/app/triggers.service.js';
import { evaluate } from '../src/app/verdict.service.js';
import { renderMarkdown } from '../src/core/doc/markdown.js';
import { FIXTURES } from './helpers/cli.js';
import { memoryKeel } from './helpers/memory.js';

const FIXTURE = fs.readFileSync(path.join(FIXTURES, 'career-doc.md'), 'utf8');
/** The same document as a browser copies it from a web page: one line per block, `•` bullets, no Markdown. */
const PLAIN = `Skip to content
How I want to work
A personal document that I revisit every quarter. Some of it started as notes after a rough year at a payments startup; the rest comes from conversations with mentors. It will keep changing.
Wellbeing
• Sleep and family come before any deadline. If a team expects otherwise, it is the wrong team.
• Take the vacation days. All of them.
Source: advice from my first manager, 2019
Growth
• Pick work that teaches me something I could not learn on my own.
• I want to be a "deep" engineer in storage systems rather than a generalist across ten teams.
• Mentoring counts as impact: the people I help ship are part of my output.
    1. Keep a list of the people I helped each quarter.
    2. Ask them what helped.
When to leave
I wrote this list while I was happy, so that I can trust it when I am not. No single item is enough on its own; if several show up in the same season, it is time to go.
• Promises about promotion that keep moving
• On-call load that never gets fixed
• Managers who punish people for raising problems
• Decisions made by whoever talks the loudest
• If I dread Monday mornings for a month, that's a sign I should start looking elsewhere.
• If postmortems turn into finding someone to blame, that's a sign to look elsewhere.
Hours
• A 45-hour week is a bug, not a badge. Most weeks should be well under 40 unless the work is genuinely great.
Code
• Boring technology wins. Use the database before you write a cache.
• Delete code whenever you can; the best code is the code nobody has to read.
`;

async function blank(today = '2026-11-29') {
  const ctx = await memoryKeel(today);
  await initKeel(ctx, 'blank');
  return ctx;
}

/** The document as a person reads it: titles, texts, sources and tags, in order. */
async function shape(ctx: Ctx, collapse = false) {
  return (await getDocument(ctx)).map((s) => ({
    title: s.title,
    principles: s.principles.map((p) => ({ text: collapse ? p.text.replace(/\s+/g, ' ') : p.text, source: p.source, sourceDate: p.sourceDate, tags: p.tags })),
  }));
}

const textOf = async (ctx: Ctx, id: number) => (await ctx.store.getPrinciple(id))?.text;

describe('importing the shared career document', () => {
  it("gives its sections, principles and source; proposes four triggers, one sign, and binds three of Keel's rules to its words", async () => {
    const ctx = await blank();
    const r = await importDocument(ctx, FIXTURE, 'career-doc.md', { apply: false });
    const doc = await getDocument(ctx);
    expect(doc.map((s) => s.title)).toEqual(['How I want to work', 'Wellbeing', 'Growth', 'When to leave', 'Hours', 'Code']);
    expect(doc.map((s) => s.principles.length)).toEqual([1, 2, 3, 7, 1, 2]);
    expect(r.principles).toEqual({ added: 16, revised: 0, updated: 0, moved: 0, unchanged: 0, retired: 0, notInFile: 0 });
    const all = doc.flatMap((s) => s.principles);
    expect(all.find((p) => p.text === 'Take the vacation days. All of them.')).toMatchObject({
      source: 'advice from my first manager',
      sourceDate: '2019-01-01',
    });
    expect(all.filter((p) => p.source !== null)).toHaveLength(1);
    expect(all.find((p) => p.text.startsWith('Mentoring'))?.text).toContain('\n1. Keep a list of the people I helped each quarter.\n2. Ask them what helped.');

    const byId = new Map(all.map((p) => [p.id, p.text]));
    const triggers = r.proposals.filter((p) => p.kind === 'trigger');
    expect(triggers.map((p) => p.text)).toEqual([
      'Promises about promotion that keep moving',
      'On-call load that never gets fixed',
      'Managers who punish people for raising problems',
      'Decisions made by whoever talks the loudest',
    ]);
    for (const t of triggers) expect(byId.get(t.principleId)).toBe(t.text);
    for (const t of r.proposals) if (t.slug) expect(t.slug.length).toBeLessThanOrEqual(32);
    const signs = r.proposals.filter((p) => p.kind === 'sign');
    expect(signs.map((p) => [p.text, p.rule?.name, p.rule?.params])).toEqual([
      ['I dread Monday mornings for a month', `sign-${signs[0]?.slug}`, { weeks: 8, watch: 1, look: 2, trigger: signs[0]?.slug }],
    ]);
    expect(byId.get(signs[0]?.principleId ?? 0)).toBe("If I dread Monday mornings for a month, that's a sign I should start looking elsewhere.");
    const bound = r.proposals.filter((p) => p.kind === 'bind');
    expect(bound.map((p) => [p.rule?.name, p.changes, p.text])).toEqual([
      ['triggers-cluster', {}, ''],
      ['blame-culture', { trigger: bound[1]?.slug }, 'Postmortems turn into finding someone to blame'],
      ['overwork', { hoursAtLeast: 45 }, ''],
    ]);
    expect(bound.map((p) => byId.get(p.principleId)?.slice(0, 30))).toEqual([
      'I wrote this list while I was ',
      'If postmortems turn into findi',
      'A 45-hour week is a bug, not a',
    ]);
    expect(await ctx.store.listTriggers()).toEqual([]);
    expect(await ctx.store.listRules()).toHaveLength(12);
  });

  it("applies the proposals when asked: triggers linked to their principles, rules quoting the person's words", async () => {
    const ctx = await blank();
    const r = await importDocument(ctx, FIXTURE, 'career-doc.md', { apply: true });
    expect(r.proposals).toEqual([]);
    expect(r.applied).toHaveLength(8);
    const triggers = await ctx.store.listTriggers();
    expect(triggers).toHaveLength(6);
    for (const t of triggers) expect(t.principleId).not.toBeNull();
    const rules = await ctx.store.listRules();
    const sign = rules.find((x) => x.name.startsWith('sign-'));
    expect(sign).toMatchObject({ kind: 'repeat', enabled: true });
    const blame = rules.find((x) => x.name === 'blame-culture');
    const blameTrigger = triggers.find((t) => t.text === 'Postmortems turn into finding someone to blame');
    expect(blame?.params).toMatchObject({ trigger: blameTrigger?.slug });
    expect(rules.find((x) => x.name === 'overwork')?.params).toMatchObject({ hoursAtLeast: 45 });
    expect(rules).toHaveLength(13);

    await observe(ctx, { trigger: blameTrigger?.slug ?? '', observedOn: '2026-11-10' });
    await observe(ctx, { trigger: blameTrigger?.slug ?? '', observedOn: '2026-11-24' });
    const v = await evaluate(ctx);
    expect(v.verdict).toBe('look');
    expect(v.reasons.find((x) => x.rule === 'blame-culture')?.principle).toBe(
      "If postmortems turn into finding someone to blame, that's a sign to look elsewhere.",
    );
  });

  it('changes nothing when the same file is imported again', async () => {
    const ctx = await blank();
    await importDocument(ctx, FIXTURE, 'career-doc.md', { apply: true });
    const before = await ctx.store.dump();
    const again = await importDocument(ctx, FIXTURE, 'career-doc.md', { apply: true });
    expect(again.principles).toEqual({ added: 0, revised: 0, updated: 0, moved: 0, unchanged: 16, retired: 0, notInFile: 0 });
    expect(again.sections.added).toBe(0);
    expect(again.applied).toEqual([]);
    expect(await ctx.store.dump()).toEqual(before);
  });

  it('records revisions for the principles an edited version changed, instead of duplicating them', async () => {
    const ctx = await blank();
    await importDocument(ctx, FIXTURE, 'career-doc.md', { apply: false });
    const vacation = (await ctx.store.listPrinciples()).find((p) => p.text.startsWith('Take the vacation'));
    const edited = FIXTURE.replace('- Take the vacation days. All of them.', '- Take every vacation day. All of them, every year.')
      .replace('- Boring technology wins. Use the database before you write a cache.\n', '')
      .replace('## Hours\n', '## Hours\n\n- Protect two evenings a week.\n');
    const r = await importDocument(ctx, edited, 'career-doc-v2.md', { apply: false });
    // "Boring technology" left the file: Keel keeps it, after the file's principles, so two principles moved.
    expect(r.principles).toEqual({ added: 1, revised: 1, updated: 0, moved: 2, unchanged: 12, retired: 0, notInFile: 1 });
    expect(await textOf(ctx, vacation?.id ?? 0)).toBe('Take every vacation day. All of them, every year.');
    const revisions = await ctx.store.listRevisions(vacation?.id ?? 0);
    expect(revisions).toMatchObject([{ previousText: 'Take the vacation days. All of them.', reason: 'imported from career-doc-v2.md' }]);
    expect(await ctx.store.listPrinciples()).toHaveLength(17);
    const hours = (await getDocument(ctx)).find((s) => s.title === 'Hours');
    expect(hours?.principles.map((p) => p.text)).toEqual([
      'Protect two evenings a week.',
      'A 45-hour week is a bug, not a badge. Most weeks should be well under 40 unless the work is\ngenuinely great.',
    ]);
  });

  it('reads the same document pasted from a web page (• bullets) into the same structure and proposals', async () => {
    const md = await blank();
    const plain = await blank();
    const a = await importDocument(md, FIXTURE, 'career-doc.md', { apply: false });
    const b = await importDocument(plain, PLAIN, 'career-doc.txt', { apply: false });
    expect(await shape(plain, true)).toEqual(await shape(md, true));
    expect(b.proposals.map((p) => [p.kind, p.text])).toEqual(a.proposals.map((p) => [p.kind, p.text]));
  });

  it('refuses a file with nothing to import, writing nothing', async () => {
    const ctx = await blank();
    await expect(importDocument(ctx, '\n  \n\t\n', 'empty.md', { apply: true })).rejects.toMatchObject({ code: 'BadFile' });
    expect(await ctx.store.listSections()).toEqual([]);
  });
});

describe('Markdown round trip', () => {
  it('export → import into an empty database gives the identical document', async () => {
    const first = await blank();
    await importDocument(first, FIXTURE, 'career-doc.md', { apply: false });
    await addPrinciple(first, { text: 'Ask what would make them leave.', section: 'Growth', source: 'a mentor', sourceDate: '2024-05-17', tags: ['hiring'] });
    await addSection(first, 'Still empty');
    const md = await exportMarkdown(first);
    const second = await blank();
    await importDocument(second, md, 'export.md', { apply: false });
    expect(await shape(second)).toEqual(await shape(first));
    expect(await exportMarkdown(second)).toBe(md);
  });

  it('holds for generated documents', async () => {
    const word = fc.stringMatching(/^[A-Za-z][a-z]{0,8}$/);
    const markup = fc.oneof(word, fc.constantFrom('*deep*', '`SQL`', '"quoted"', '45-hour', 'C#', '[a link](https://example.org)', 'x_y'));
    const sentence = fc.array(markup, { minLength: 1, maxLength: 8 }).map((w) => `${w.join(' ')}.`);
    const text = fc
      .tuple(fc.array(sentence, { minLength: 1, maxLength: 3 }), fc.array(sentence, { maxLength: 3 }), fc.constantFrom('\n', '\n\n'))
      .map(([lines, sub, joint]) => [lines.join('\n'), ...(sub.length ? [sub.map((s, i) => `${i + 1}. ${s}`).join('\n')] : [])].join(joint));
    const principle = fc.record({
      text,
      source: fc.option(fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '))),
      sourceDate: fc.constantFrom(null, '2019-01-01', '2021-03-01', '2020-02-14'),
      tags: fc.uniqueArray(word, { maxLength: 3 }),
    });
    const titles = fc.uniqueArray(
      fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
      {
        minLength: 1,
        maxLength: 4,
        selector: (t) => t.toLowerCase(),
      },
    );
    const doc = titles.chain((ts) =>
      fc.tuple(
        ...ts.map((title) => fc.record({ title: fc.constant(title), principles: fc.uniqueArray(principle, { maxLength: 4, selector: (p) => p.text }) })),
      ),
    );
    await fc.assert(
      fc.asyncProperty(doc, async (sections) => {
        const ctx = await blank();
        try {
          await importDocument(ctx, renderMarkdown(sections), 'generated.md', { apply: false });
          expect(await shape(ctx)).toEqual(sections);
          const md = await exportMarkdown(ctx);
          const again = await blank();
          await importDocument(again, md, 'export.md', { apply: false });
          expect(await shape(again)).toEqual(sections);
          await again.close();
        } finally {
          await ctx.close();
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('editing and history', () => {
  it('three edits give three revisions, each with the right word diff and reason', async () => {
    const ctx = await blank();
    await addSection(ctx, 'Wellbeing');
    const p = await addPrinciple(ctx, { text: 'Take the vacation days.' });
    await editPrinciple(ctx, String(p.id), { text: 'Take all the vacation days.', reason: 'all of them' });
    await editPrinciple(ctx, String(p.id), { text: 'Take all the vacation days, every year.' });
    await editPrinciple(ctx, String(p.id), { text: 'Take every vacation day, every year.', reason: 'shorter' });
    const { revisions } = await principleHistory(ctx, String(p.id));
    const changes = revisions.map((r) => ({
      reason: r.revision.reason,
      removed: r.diff.filter((d) => d.change === 'removed').map((d) => d.value),
      added: r.diff.filter((d) => d.change === 'added').map((d) => d.value),
    }));
    expect(changes).toEqual([
      { reason: 'all of them', removed: [], added: ['all '] },
      { reason: null, removed: [], added: [', every year'] },
      { reason: 'shorter', removed: ['all the', 'days'], added: ['every', 'day'] },
    ]);
    expect(revisions.map((r) => r.after)).toEqual([
      'Take all the vacation days.',
      'Take all the vacation days, every year.',
      'Take every vacation day, every year.',
    ]);
  });

  it('changes the source without a revision, splits a trailing date off it, and refuses text that would not survive export', async () => {
    const ctx = await blank();
    await addSection(ctx, 'Code');
    const p = await addPrinciple(ctx, { text: 'Less code is better.' });
    const r = await editPrinciple(ctx, String(p.id), { source: 'a talk at QCon, 2022-04' });
    expect(r.changed).toEqual(['source', 'sourceDate']);
    expect(r.principle).toMatchObject({ source: 'a talk at QCon', sourceDate: '2022-04-01', text: 'Less code is better.' });
    await expect(editPrinciple(ctx, String(p.id), { text: '---' })).rejects.toMatchObject({ code: 'InvalidInput' });
    await expect(editPrinciple(ctx, String(p.id), { text: '   ' })).rejects.toMatchObject({ code: 'InvalidInput' });
    expect(await ctx.store.listRevisions(p.id)).toEqual([]);
    expect(await textOf(ctx, p.id)).toBe('Less code is better.');
  });

  it('needs a section when there are several, and manages sections', async () => {
    const ctx = await blank();
    await addSection(ctx, 'Health');
    await addSection(ctx, 'Code');
    await expect(addPrinciple(ctx, { text: 'Sleep.' })).rejects.toMatchObject({ code: 'InvalidInput' });
    await expect(addSection(ctx, 'code')).rejects.toMatchObject({ code: 'Conflict' });
    await renameSection(ctx, 'Code', 'Coding');
    await moveSection(ctx, 'Coding', 1);
    expect((await getDocument(ctx)).map((s) => s.title)).toEqual(['Coding', 'Health']);
  });
});

describe('reviews', () => {
  it('a database set up today has nothing due and no review nudge', async () => {
    const ctx = await memoryKeel('2026-11-29');
    await initKeel(ctx, 'starter');
    expect((await dueForReview(ctx)).principles).toEqual([]);
    expect((await evaluate(ctx)).nudges.map((n) => n.kind)).not.toContain('review');
  });

  it('after 90 days the principles are due and the verdict nudges; keep, edit and retire record the review', async () => {
    const setup = await memoryKeel('2026-08-01');
    await initKeel(setup, 'starter');
    const later: Ctx = { store: setup.store, clock: fixedClock('2026-11-29') };
    const due = (await dueForReview(later)).principles;
    expect(due).toHaveLength((await setup.store.listPrinciples()).length);
    const nudge = (await evaluate(later)).nudges.find((n) => n.kind === 'review');
    expect(nudge).toMatchObject({ rule: 'doc-review', message: expect.stringContaining(`not been reviewed in 90 days`) });
    expect((await evaluate(setup)).nudges.map((n) => n.kind)).not.toContain('review');

    const [a, b, c] = due;
    await reviewPrinciple(later, String(a?.id), { action: 'keep' });
    await reviewPrinciple(later, String(b?.id), { action: 'edit', text: 'Be kind to yourself, and proud of what you did.' });
    const retired = await reviewPrinciple(later, String(c?.id), { action: 'retire' });
    expect(retired).toMatchObject({ reviewedAt: '2026-11-29T12:00:00.000Z', retiredAt: '2026-11-29T12:00:00.000Z' });
    expect(await setup.store.listRevisions(b?.id ?? 0)).toMatchObject([{ reason: 'review' }]);
    expect((await dueForReview(later)).principles).toHaveLength(due.length - 3);
    expect((await getDocument(later)).flatMap((s) => s.principles).map((p) => p.id)).not.toContain(c?.id);

    await setReviewDays(later, 0);
    expect((await evaluate(later)).nudges.map((n) => n.kind)).not.toContain('review');
    await setReviewDays(later, 365);
    expect((await dueForReview(later)).principles).toEqual([]);
  });
});

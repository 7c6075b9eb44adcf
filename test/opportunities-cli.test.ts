// A light job search end to end on the built binary: from first contact to decision, red flags matched to
// the user's own triggers, offers compared side by side, and bad input refused with nothing written.

import { beforeAll, describe, expect, it } from 'vitest';
import type { OpportunityDetail } from '../src/app/opportunity-detail.service.js';
import type { Comparison } from '../src/core/opportunities/compare.js';
import type { Suggestion } from '../src/core/opportunities/match.js';
import { json, keel, ok, tempDb } from './helpers/cli.js';

describe('keel search and keel opp', () => {
  const db = tempDb();
  const run = (args: string[]) => ok(args, { db });
  const answer = (opp: string, question: string, text: string) =>
    json<{ answer: { id: number }; suggestions: Suggestion[] }>(['opp', 'answer', opp, question, text, '--with', 'Ana Ruiz', '--on', '2026-11-12'], { db });

  beforeAll(() => {
    run(['init']);
    run(['job', 'start', 'Globex', '--title', 'Staff Engineer', '--level', 'L6', '--since', '2022-06-01']);
    run(['search', 'start', '--light', '--on', '2026-11-01', '--note', 'Check the market']);
    run(['opp', 'add', 'Initech', '--role', 'Staff Engineer', '--link', 'https://initech.example/jobs/42', '--on', '2026-11-02']);
    run(['opp', 'add', 'Hooli', '--role', 'Principal Engineer', '--stage', 'applied', '--on', '2026-11-03']);
    run(['opp', 'contact', 'initech', 'Ana Ruiz', '--role', 'Engineering manager']);
    for (const [opp, stage, on] of [
      ['initech', 'applied', '2026-11-04'],
      ['initech', 'interviewing', '2026-11-10'],
      ['hooli', 'interviewing', '2026-11-11'],
    ] as const)
      run(['opp', 'move', opp, stage, '--on', on]);
  });

  it('a search counts for the light-search-due nudge from its start', () => {
    expect(json<{ nudges: { rule: string }[] }>(['status'], { db }).nudges.map((n) => n.rule)).not.toContain('light-search-due');
    expect(json<{ nudges: { rule: string }[] }>(['status', '--as-of', '2026-10-31'], { db }).nudges.map((n) => n.rule)).toContain('light-search-due');
    expect(json<{ kind: string; startedOn: string; endedOn: null }[]>(['search', 'list'], { db })).toEqual([
      { id: 1, kind: 'light', startedOn: '2026-11-01', endedOn: null, note: 'Check the market' },
    ]);
  });

  it('suggests the triggers an answer matches, and shows the flagged ones grouped by trigger and in the comparison', () => {
    const leave = answer('initech', 'leave', 'Honestly? People get blamed after incidents instead of fixing the problem.');
    const mistake = answer('initech', 'psych-safety', 'The engineer who made that mistake had no safety net; she was gone the next week.');
    const calm = answer('hooli', 'leave', 'The commute, maybe. We pair a lot and the lunches are great.');
    expect(leave.suggestions[0]).toMatchObject({ slug: 'blame', words: expect.arrayContaining([{ word: 'blamed', from: 'trigger' }]) });
    expect(mistake.suggestions[0]?.slug).toBe('psych-safety');
    expect(calm.suggestions).toEqual([]);

    run(['opp', 'flag', '--answer', String(leave.answer.id), '--trigger', leave.suggestions[0]?.slug as string, '--severity', '2']);
    run(['opp', 'flag', '--answer', String(mistake.answer.id), '--trigger', mistake.suggestions[0]?.slug as string, '--severity', '3']);

    const shown = json<OpportunityDetail>(['opp', 'show', 'initech'], { db });
    expect(shown.redFlags.map((g) => [g.slug, g.flags.length, g.flags[0]?.severity])).toEqual([
      ['psych-safety', 1, 3],
      ['blame', 1, 2],
    ]);
    expect(run(['opp', 'show', 'initech']).stdout).toMatch(/Red flags by trigger\n {2}psych-safety: 1 flag, worst severity 3/);

    run(['opp', 'offer', 'initech', '--pay', '185000', '--currency', 'EUR', '--level', 'Staff', '--track', 'ic', '--deadline', '2026-12-11']);
    const c = json<Comparison>(['opp', 'compare', 'initech', 'hooli'], { db });
    expect(c.columns.map((x) => [x.kind, x.company, x.flags])).toEqual([
      ['current', 'Globex', 0],
      ['opportunity', 'Initech', 2],
      ['opportunity', 'Hooli', 0],
    ]);
    const flagged = c.triggers.filter((t) => t.cells.some((x) => x.count > 0)).map((t) => [t.slug, t.cells.map((x) => x.maxSeverity)]);
    expect(flagged).toEqual([
      ['psych-safety', [null, 3, null]],
      ['blame', [null, 2, null]],
    ]);
    expect(c.triggers).toHaveLength(10);
    expect(c.columns[1]?.offer).toMatchObject({ pay: 185000, currency: 'EUR', deadline: '2026-12-11' });

    const table = run(['opp', 'compare', 'initech', 'hooli']).stdout;
    expect(table).toMatch(/NOW: Globex\s+#1 Initech\s+#2 Hooli/);
    expect(table).toMatch(/Pay\s+-\s+185,000 EUR\s+-/);
    expect(table).toMatch(/psych-safety\s+-\s+1 × worst 3\s+-/);
    expect(table).toMatch(/blame\s+-\s+1 × worst 2\s+-/);
  });

  it('moves through to a decision with the date of every move', () => {
    run(['opp', 'move', 'hooli', 'withdrawn', '--note', 'Five days in the office']);
    run(['opp', 'move', 'initech', 'accepted']);
    const moves = json<OpportunityDetail>(['opp', 'show', '1'], { db }).moves.map((m) => [m.movedOn, m.stage]);
    expect(moves).toEqual([
      ['2026-11-02', 'saved'],
      ['2026-11-04', 'applied'],
      ['2026-11-10', 'interviewing'],
      ['2026-11-29', 'offer'],
      ['2026-11-29', 'accepted'],
    ]);
    expect(json<{ stage: string }[]>(['opp', 'list', '--open'], { db })).toEqual([]);
    expect(keel(['opp', 'move', 'hooli', 'interviewing'], { db }).stderr).toMatch(/already withdrawn/);
  });
});

describe('bad input', () => {
  const db = tempDb();
  beforeAll(() => {
    ok(['init'], { db });
    ok(['opp', 'add', 'Initech', '--role', 'Staff Engineer', '--on', '2026-11-02'], { db });
  });

  it.each([
    [['opp', 'move', 'initech', 'hired'], /^keel: stage must be one of saved, applied, .* or withdrawn \(got "hired"\)\nStages: saved, /],
    [['opp', 'offer', 'initech', '--pay', '-5000'], /^keel: --pay must be a positive yearly amount \(got -5000\)\nTry: --pay 185000/],
    [['opp', 'offer', 'initech', '--pay', '150000', '--deadline', '2026-02-30'], /^keel: --deadline must be a real date YYYY-MM-DD \(got "2026-02-30"\)\n/],
    [['opp', 'add', 'Hooli', '--role', 'Staff', '--on', '29/11/2026'], /^keel: --on must be a real date YYYY-MM-DD \(got "29\/11\/2026"\)\n/],
    [['opp', 'move', 'initech', 'applied', '--on', '2026-12-01'], /^keel: --on 2026-12-01 is in the future \(today is 2026-11-29\)\n/],
    [['opp', 'move', 'initech', 'applied', '--on', '2026-11-01'], /^keel: Initech moved to saved on 2026-11-02, after 2026-11-01\n/],
    [['search', 'start', '--on', '2026-13-01'], /^keel: --on must be a real date YYYY-MM-DD \(got "2026-13-01"\)\n/],
    [['opp', 'answer', 'initech', 'leave', 'x', '--flag', 'blame', '--severity', '4'], /^keel: --severity must be 1, 2 or 3 \(got 4\)\n/],
    [['direction', '--archetype', 'wizard'], /^keel: --archetype must be tech-lead, architect, solver or right-hand \(got "wizard"\)\n/],
    [['brag', 'export', '--since', '2026-12-01', '--until', '2026-11-01'], /^keel: --since 2026-12-01 is after the end, 2026-11-01\n/],
  ])('keel %j exits 2 with one line and a hint, and writes nothing', (args, message) => {
    const before = ok(['export'], { db }).stdout;
    const r = keel(args, { db });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
    expect(r.stdout).toBe('');
    expect(ok(['export'], { db }).stdout).toBe(before);
  });

  it('an unknown opportunity is not found (exit 1)', () => {
    const r = keel(['opp', 'show', 'Hooli'], { db });
    expect([r.code, r.stderr]).toEqual([1, 'keel: no opportunity "Hooli"\nName one by its id or company. See them with: keel opp list\n']);
  });
});

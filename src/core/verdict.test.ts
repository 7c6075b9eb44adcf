import { describe, expect, it } from 'vitest';
import type { RuleOf } from './rules.js';
import { combine, easesAfter, escalationDeadline, judgeCluster, judgeInstrument, judgeSustained, judgeTenure, judgeWorkload } from './verdict.js';

const ctx = { asOf: '2026-11-29', principle: 'No single trigger is enough.' };
const cluster: RuleOf<'cluster'> = {
  name: 'triggers-cluster',
  kind: 'cluster',
  params: { weeks: 12, watch: 2, look: 3 },
  enabled: true,
  principleId: null,
  belief: '',
};
const unsatisfied: RuleOf<'sustained'> = {
  name: 'unsatisfied',
  kind: 'sustained',
  params: { weeks: 4, metric: 'satisfaction', atMost: 2, watch: 2, look: 3 },
  enabled: true,
  principleId: null,
  belief: '',
};
const obs = (slug: string, observedOn: string) => ({ slug, observedOn, note: `${slug} seen`, severity: 2 });

describe('judges', () => {
  it('cluster: two distinct triggers watch, three look, with evidence and the principle', () => {
    const two = judgeCluster(cluster, ctx, {
      triggers: [
        { slug: 'values', text: 'v', weeks: ['2026-W43'] },
        { slug: 'privacy', text: 'p', weeks: ['2026-W47', '2026-W45'] },
      ],
      observations: [obs('values', '2026-10-20'), obs('privacy', '2026-11-03'), obs('privacy', '2026-11-17')],
    });
    expect(two.reason?.level).toBe('watch');
    expect(two.reason?.principle).toBe(ctx.principle);
    expect(two.reason?.evidence.map((e) => e.date)).toEqual(['2026-10-20', '2026-11-03', '2026-11-17']);
    // values (W43) leaves the 12-week window after the week 2027-W02 (2026 has 53 weeks).
    expect(two.escalation?.message).toBe('One more trigger by 10 Jan would make this LOOK.');
    expect(judgeCluster(cluster, ctx, { triggers: [{ slug: 'values', text: 'v', weeks: ['2026-W43'] }], observations: [] }).reason).toBeUndefined();
  });

  it('sustained: not enough data below the lowest firing count, never firing on missing data', () => {
    const few = judgeSustained(unsatisfied, ctx, { total: 1, matching: [{ week: '2026-W48', hours: 40, quality: 3, value: 1 }] });
    expect(few.reason).toBeUndefined();
    expect(few.notEnoughData).toBe('need two check-ins in 4 weeks; you have one');
    const at = judgeSustained(unsatisfied, ctx, {
      total: 4,
      matching: [
        { week: '2026-W48', hours: 40, quality: 3, value: 2 },
        { week: '2026-W46', hours: 40, quality: 3, value: 1 },
      ],
    });
    expect(at.reason?.level).toBe('watch');
    expect(at.reason?.summary).toBe('Satisfaction was 2 or lower in two of your four check-ins of the last 4 weeks.');
  });

  it('workload: a rest nudge, not a reason', () => {
    const rule: RuleOf<'workload'> = {
      name: 'overwork',
      kind: 'workload',
      params: { weeks: 4, count: 2, hoursAtLeast: 38, qualityAtMost: 3 },
      enabled: true,
      principleId: null,
      belief: '',
    };
    const o = judgeWorkload(rule, ctx, {
      total: 3,
      matching: [
        { week: '2026-W48', hours: 46, quality: 3, value: 3 },
        { week: '2026-W47', hours: 44, quality: 2, value: 2 },
      ],
    });
    expect(o.reason).toBeUndefined();
    expect(o.nudge?.kind).toBe('rest');
    expect(o.nudge?.evidence).toHaveLength(2);
  });

  it('tenure: three years in and no search → light-search; a recent search silences it', () => {
    const rule: RuleOf<'tenure'> = {
      name: 'light-search-due',
      kind: 'tenure',
      params: { years: 3, searchWithinYears: 3 },
      enabled: true,
      principleId: null,
      belief: '',
    };
    expect(judgeTenure(rule, ctx, { job: { employer: 'Acme', startedOn: '2023-11-28' }, lastSearchStartedOn: null }).nudge?.kind).toBe('light-search');
    expect(judgeTenure(rule, ctx, { job: { employer: 'Acme', startedOn: '2023-12-05' }, lastSearchStartedOn: null }).nudge).toBeUndefined();
    expect(judgeTenure(rule, ctx, { job: { employer: 'Acme', startedOn: '2020-01-01' }, lastSearchStartedOn: '2025-01-01' }).nudge).toBeUndefined();
    expect(judgeTenure(rule, ctx, { job: null, lastSearchStartedOn: null }).notEnoughData).toMatch(/no current job/);
  });

  it('WHO-5: <50 support, ≤28 stronger with professional help, a 10-point drop called out', () => {
    const rule: RuleOf<'instrument'> = {
      name: 'low-wellbeing',
      kind: 'instrument',
      params: { instrument: 'who5', weeks: 4, below: 50, severeAtMost: 28, drop: 10 },
      enabled: true,
      principleId: null,
      belief: '',
    };
    expect(judgeInstrument(rule, ctx, { scores: [{ week: '2026-W48', score: 52 }] }).nudge).toBeUndefined();
    const poor = judgeInstrument(rule, ctx, { scores: [{ week: '2026-W48', score: 48 }] });
    expect(poor.nudge?.kind).toBe('support');
    expect(poor.nudge?.message).not.toMatch(/doctor/);
    expect(judgeInstrument(rule, ctx, { scores: [{ week: '2026-W48', score: 28 }] }).nudge?.message).toMatch(/not a diagnosis.*doctor or counsellor/);
    const drop = judgeInstrument(rule, ctx, {
      scores: [
        { week: '2026-W48', score: 60 },
        { week: '2026-W46', score: 72 },
      ],
    });
    expect(drop.nudge?.message).toMatch(/fell 12 points since 2026-W46/);
  });

  it('CBI: ≥50 rest nudge, ≥75 also watch', () => {
    const rule: RuleOf<'instrument'> = {
      name: 'burnout',
      kind: 'instrument',
      params: { instrument: 'cbi', weeks: 8, nudgeAt: 50, watchAt: 75 },
      enabled: true,
      principleId: null,
      belief: '',
    };
    expect(judgeInstrument(rule, ctx, { scores: [{ week: '2026-W48', score: 49 }] }).nudge).toBeUndefined();
    const mid = judgeInstrument(rule, ctx, { scores: [{ week: '2026-W48', score: 50 }] });
    expect(mid.nudge?.kind).toBe('rest');
    expect(mid.reason).toBeUndefined();
    expect(judgeInstrument(rule, ctx, { scores: [{ week: '2026-W48', score: 75 }] }).reason?.level).toBe('watch');
  });
});

describe('combining and outlook', () => {
  it('takes the highest level and lists look reasons first', () => {
    const v = combine('2026-11-29', [
      { rule: 'a', reason: { rule: 'a', level: 'watch', summary: '', principle: '', evidence: [] } },
      { rule: 'b', reason: { rule: 'b', level: 'look', summary: '', principle: '', evidence: [] } },
      { rule: 'c', notEnoughData: 'need more' },
    ]);
    expect(v.verdict).toBe('look');
    expect(v.reasons.map((r) => r.rule)).toEqual(['b', 'a']);
    expect(v.notEnoughData).toEqual(['c']);
  });
  it('computes when a count can still escalate and when it eases', () => {
    expect(escalationDeadline(['2026-W47', '2026-W45'], 4, 3, '2026-11-29', true)).toBe('2026-11-29');
    expect(escalationDeadline(['2026-W48', '2026-W47'], 4, 3, '2026-11-29', true)).toBe('2026-12-13');
    // two distinct weeks needed but only one left in the window
    expect(escalationDeadline(['2026-W45'], 4, 3, '2026-11-29', true)).toBeNull();
    expect(easesAfter(['2026-W47', '2026-W45'], 4, 2)).toBe('2026-11-29');
  });
});

import { describe, expect, it } from 'vitest';
import { setParam, validateParams } from './rule-params.js';
import { levelFor, type Rule } from './rules.js';
import { DEFAULT_RULES } from './template.js';

const rule = (name: string): Rule => {
  const r = DEFAULT_RULES.find((x) => x.name === name);
  if (!r) throw new Error(name);
  const { principleKey: _k, ...rest } = r;
  return { ...rest, enabled: true, principleId: null } as Rule;
};

describe('rules as data', () => {
  it('ships the twelve default rules of DESIGN.md, each valid', () => {
    expect(DEFAULT_RULES.map((r) => r.name)).toEqual([
      'triggers-cluster',
      'trigger-persists',
      'unsatisfied',
      'blame-culture',
      'health-not-respected',
      'no-energy',
      'not-growing',
      'overwork',
      'light-search-due',
      'low-wellbeing',
      'burnout',
      'no-wins',
    ]);
    for (const r of DEFAULT_RULES) expect(validateParams(r.name, r.kind, r.params)).toEqual(r.params);
  });

  it('sets a parameter, parsing numbers and null', () => {
    expect(setParam(rule('unsatisfied'), 'look', '4').params).toMatchObject({ watch: 2, look: 4 });
    expect(setParam(rule('unsatisfied'), 'look', 'null').params).toMatchObject({ watch: 2, look: null });
    expect(setParam(rule('blame-culture'), 'trigger', 'values').params).toMatchObject({ trigger: 'values' });
  });

  it('refuses bad parameters with the key and the value', () => {
    expect(() => setParam(rule('unsatisfied'), 'look', '1')).toThrow(/look must be greater than watch/);
    expect(() => setParam(rule('unsatisfied'), 'weeks', '0')).toThrow(/rule unsatisfied: weeks must be 1–104 weeks \(got 0\)/);
    expect(() => setParam(rule('unsatisfied'), 'weeks', 'many')).toThrow(/weeks/);
    expect(() => setParam(rule('unsatisfied'), 'colour', 'red')).toThrow(/has no parameter "colour"/);
    expect(() => setParam(rule('overwork'), 'hoursAtLeast', '200')).toThrow(/0–120/);
    expect(() => setParam(rule('unsatisfied'), 'metric', 'happiness')).toThrow(/satisfaction, energy, growth or quality/);
  });

  it('turns counts into levels', () => {
    const p = { watch: 2, look: 3 };
    expect(levelFor(p, 1)).toBeNull();
    expect(levelFor(p, 2)).toBe('watch');
    expect(levelFor(p, 3)).toBe('look');
    expect(levelFor({ watch: 4, look: null }, 9)).toBe('watch');
  });
});

import { describe, expect, it } from 'vitest';
import type { Principle, Trigger } from '../domain.js';
import { buildComparison } from './compare.js';
import type { Opportunity } from './domain.js';

const trigger = (id: number, slug: string, weight = 1, active = true): Trigger => ({
  id,
  slug,
  text: slug,
  weight,
  active,
  principleId: null,
  createdAt: '2026-01-01T00:00:00Z',
  retiredAt: null,
});
const opp = (id: number, company: string): Opportunity => ({
  id,
  company,
  role: 'Staff Engineer',
  link: null,
  stage: 'interviewing',
  stageOn: '2026-11-20',
  offer: null,
});
const principle = { id: 7, text: 'Hours have almost no bearing on quality.' } as Principle;

describe('buildComparison', () => {
  const c = buildComparison({
    triggers: [trigger(1, 'blame', 2), trigger(2, 'values'), trigger(3, 'privacy', 1, false), trigger(4, 'old', 1, false)],
    principles: [principle],
    current: {
      job: { id: 1, employer: 'Globex', title: 'Staff Engineer', track: 'ic', level: 'L6', startedOn: '2023-01-01', endedOn: null },
      observations: [{ triggerId: 2, severity: 1, on: '2026-11-02', text: 'values: security promise reversed' }],
      since: '2026-09-07',
    },
    opportunities: [
      {
        opportunity: opp(10, 'Initech'),
        flags: [
          { triggerId: 1, severity: 3, on: '2026-11-21', text: 'They fired whoever broke prod' },
          { triggerId: 1, severity: 1, on: '2026-11-20', text: 'Postmortems name names' },
          { triggerId: 3, severity: 2, on: '2026-11-20', text: 'We sell location data' },
        ],
        relevant: [{ id: 1, opportunityId: 10, principleId: 7, fits: false, note: 'on-call every other week' }],
      },
      { opportunity: opp(11, 'Hooli'), flags: [], relevant: [] },
    ],
  });

  it('puts the current job first, then the opportunities, each with a weighted flag score', () => {
    expect(c.columns.map((x) => [x.kind, x.company, x.flags, x.flagScore])).toEqual([
      ['current', 'Globex', 1, 1],
      ['opportunity', 'Initech', 3, 3 * 2 + 1 * 2 + 2],
      ['opportunity', 'Hooli', 0, 0],
    ]);
    expect(c.columns[0]?.level).toBe('L6');
  });

  it('has a row per active trigger, plus retired ones that were flagged, with counts and worst severity', () => {
    expect(c.triggers.map((t) => t.slug)).toEqual(['blame', 'values', 'privacy']);
    const blame = c.triggers[0];
    expect(blame?.cells.map((x) => [x.count, x.maxSeverity])).toEqual([
      [0, null],
      [2, 3],
      [0, null],
    ]);
    expect(blame?.cells[1]?.items.map((i) => i.on)).toEqual(['2026-11-20', '2026-11-21']);
    expect(c.triggers[1]?.cells[0]?.count).toBe(1);
  });

  it('lists the principles marked relevant, with no cell for the current job', () => {
    expect(c.principles).toEqual([{ id: 7, text: principle.text, cells: [null, { fits: false, note: 'on-call every other week' }, null] }]);
  });
});

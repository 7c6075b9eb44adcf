/** Generates `years` of weekly data as an export document: one check-in a week, ~5 observations a week-ish. */
import { addDays, addWeeks, type IsoDate, isoWeekOf, mondayOf } from '../src/core/iso-week.js';
import { DEFAULT_RULES, STARTER_TRIGGERS } from '../src/core/template.js';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportData } from '../src/core/transfer.js';

/** A small deterministic PRNG so every run benchmarks the same data. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generate(years: number, asOf: IsoDate, observationsPerYear = 250): ExportData {
  const rand = rng(42);
  const pick = (n: number) => Math.floor(rand() * n);
  const weeks = years * 52;
  const first = addWeeks(isoWeekOf(asOf), -(weeks - 1));
  const start = mondayOf(first);
  const now = `${asOf}T12:00:00.000Z`;
  const checkIns: ExportData['checkIns'] = [];
  const accomplishments: ExportData['accomplishments'] = [];
  for (let i = 0; i < weeks; i++) {
    const week = addWeeks(first, i);
    checkIns.push({
      id: i + 1,
      week,
      hours: 30 + pick(20),
      quality: 1 + pick(5),
      satisfaction: 1 + pick(5),
      energy: 1 + pick(5),
      growth: 1 + pick(5),
      respected: rand() > 0.1,
      note: null,
      who5: i % 2 === 0 ? [pick(6), pick(6), pick(6), pick(6), pick(6)] : null,
      cbi: i % 4 === 0 ? [pick(5), pick(5), pick(5), pick(5), pick(5), pick(5), pick(5)] : null,
      createdAt: now,
      updatedAt: now,
    });
    if (rand() > 0.5)
      accomplishments.push({ id: accomplishments.length + 1, achievedOn: mondayOf(week), text: `Win ${i}`, impact: null, kind: 'delivered', people: [] });
  }
  const observations: ExportData['observations'] = [];
  for (let i = 0; i < years * observationsPerYear; i++) {
    observations.push({
      id: i + 1,
      triggerId: 1 + pick(STARTER_TRIGGERS.length),
      observedOn: addDays(start, pick(weeks * 7)),
      severity: 1 + pick(3),
      note: `observation ${i}`,
    });
  }
  observations.sort((a, b) => a.observedOn.localeCompare(b.observedOn) || a.id - b.id);
  observations.forEach((o, i) => {
    o.id = i + 1;
  });
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    settings: { initialized_at: now, template: 'starter' },
    jobs: [{ id: 1, employer: 'Acme', title: 'Engineer', track: 'ic', level: null, startedOn: start, endedOn: null }],
    sections: [],
    principles: [],
    revisions: [],
    triggers: STARTER_TRIGGERS.map((t, i) => ({
      id: i + 1,
      slug: t.slug,
      text: t.text,
      weight: 1,
      active: true,
      principleId: null,
      createdAt: now,
      retiredAt: null,
    })),
    observations,
    checkIns,
    accomplishments,
    rules: DEFAULT_RULES.map((r) => ({
      name: r.name,
      kind: r.kind,
      params: r.params as Record<string, unknown>,
      enabled: true,
      principleId: null,
      belief: r.belief,
    })),
    searches: [],
  };
}

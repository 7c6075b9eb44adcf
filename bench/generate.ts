/** Generates `years` of weekly data as an export document: one check-in a week, ~5 observations a week-ish. */

import { addDays, addWeeks, type IsoDate, isoWeekOf, mondayOf } from '../src/core/iso-week.js';
import { LEAVE_QUESTION, TRIGGER_QUESTIONS } from '../src/core/opportunities/questions.js';
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
    ...hunt(years, start, asOf, now, accomplishments.length, rand),
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
  };
}

/**
 * A busy job hunter's history: a light search every three years, ten opportunities a year, each with
 * three stage moves, a contact, two notes and an answer to every question of the bank (one in five of
 * them flagged), and goals with wins as evidence.
 */
function hunt(years: number, start: IsoDate, asOf: IsoDate, now: string, wins: number, rand: () => number) {
  const pick = (n: number) => Math.floor(rand() * n);
  const days = (asOf > start ? (Date.parse(asOf) - Date.parse(start)) / 86_400_000 : 0) - 60;
  const searches = Array.from({ length: Math.max(1, Math.floor(years / 3)) }, (_, i) => {
    const on = addDays(start, Math.floor((days * i) / Math.max(1, Math.floor(years / 3))));
    return { id: i + 1, kind: 'light' as const, startedOn: on, endedOn: addDays(on, 30), note: null };
  });
  const questions = [
    { id: 1, text: LEAVE_QUESTION, origin: 'leave' as const, triggerId: null, createdAt: now, retiredAt: null },
    ...STARTER_TRIGGERS.map((t, i) => ({
      id: i + 2,
      text: TRIGGER_QUESTIONS[t.slug] ?? t.text,
      origin: 'trigger' as const,
      triggerId: i + 1,
      createdAt: now,
      retiredAt: null,
    })),
  ];
  type Rows<K extends keyof ExportData> = NonNullable<ExportData[K]>;
  const opportunities: Rows<'opportunities'> = [];
  const stageMoves: Rows<'stageMoves'> = [];
  const contacts: Rows<'contacts'> = [];
  const opportunityNotes: Rows<'opportunityNotes'> = [];
  const answers: Rows<'answers'> = [];
  const redFlags: Rows<'redFlags'> = [];
  for (let o = 1; o <= years * 10; o++) {
    const on = addDays(start, pick(days));
    const offer = rand() < 0.2;
    opportunities.push({
      id: o,
      company: `Company ${o}`,
      role: 'Staff Engineer',
      link: null,
      offer: offer ? { pay: 150_000 + pick(60_000), currency: 'EUR', level: 'Staff', track: 'ic' as const, deadline: null, note: null } : null,
    });
    for (const [i, stage] of (['applied', 'interviewing', offer ? 'offer' : 'rejected'] as const).entries()) {
      stageMoves.push({ id: stageMoves.length + 1, opportunityId: o, stage, movedOn: addDays(on, i * 10), note: null });
    }
    contacts.push({ id: contacts.length + 1, opportunityId: o, name: `Recruiter ${o}`, role: 'Recruiter', note: null });
    for (let n = 0; n < 2; n++) {
      opportunityNotes.push({
        id: opportunityNotes.length + 1,
        opportunityId: o,
        notedOn: addDays(on, 10),
        who: 'EM',
        whoRole: null,
        text: `On-call weekly, note ${n}`,
      });
    }
    for (const q of questions) {
      const id = answers.length + 1;
      answers.push({ id, opportunityId: o, questionId: q.id, answeredOn: addDays(on, 10), who: 'EM', text: `People get blamed after incidents (${id})` });
      if (rand() < 0.2)
        redFlags.push({ id: redFlags.length + 1, triggerId: 1 + pick(STARTER_TRIGGERS.length), severity: 1 + pick(3), answerId: id, noteId: null });
    }
  }
  const goals = Array.from({ length: 10 }, (_, i) => ({
    id: i + 1,
    text: `Goal ${i + 1}`,
    setOn: start,
    evidence: Array.from({ length: Math.min(5, wins) }, (_, j) => 1 + ((i * 5 + j) % Math.max(1, wins))).filter((x, j, all) => all.indexOf(x) === j),
  }));
  const directions = [{ id: 1, setOn: start, track: 'principal-ic' as const, archetype: 'architect' as const, breadth: 'deep' as const, note: null }];
  return { searches, questions, opportunities, stageMoves, contacts, opportunityNotes, answers, redFlags, relevantPrinciples: [], directions, goals };
}

/**
 * The job-hunting and direction part of the export format: its shape (spread into `exportSchema`) and
 * its reference checks. Every array is optional (missing = empty), so files written before these tables import as before.
 */
import { z } from 'zod';
import { ARCHETYPES, BREADTHS, CAREER_TRACKS } from '../direction.js';
import { isoDateSchema } from '../validation.js';
import { STAGES } from './domain.js';

const id = z.int().min(1).max(Number.MAX_SAFE_INTEGER);
const ts = z.string().min(1).max(40);
const str = z.string().max(20_000);
const rows = <T extends z.ZodRawShape>(shape: T) => z.array(z.strictObject({ id, ...shape })).optional();

export const opportunitiesExportShape = {
  opportunities: rows({
    company: str,
    role: str,
    link: str.nullable(),
    offer: z
      .strictObject({
        pay: z.number().positive(),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/)
          .nullable(),
        level: str.nullable(),
        track: z.enum(['ic', 'manager']).nullable(),
        deadline: isoDateSchema.nullable(),
        note: str.nullable(),
      })
      .nullable(),
  }),
  stageMoves: rows({ opportunityId: id, stage: z.enum(STAGES), movedOn: isoDateSchema, note: str.nullable() }),
  contacts: rows({ opportunityId: id, name: str, role: str.nullable(), note: str.nullable() }),
  opportunityNotes: rows({ opportunityId: id, notedOn: isoDateSchema, who: str.nullable(), whoRole: str.nullable(), text: str }),
  questions: rows({ text: str, origin: z.enum(['leave', 'trigger', 'own']), triggerId: id.nullable(), createdAt: ts, retiredAt: ts.nullable() }),
  answers: rows({ opportunityId: id, questionId: id, answeredOn: isoDateSchema, who: str.nullable(), text: str }),
  redFlags: rows({ triggerId: id, severity: z.int().min(1).max(3), answerId: id.nullable(), noteId: id.nullable() }),
  relevantPrinciples: rows({ opportunityId: id, principleId: id, fits: z.boolean(), note: str.nullable() }),
  directions: rows({
    setOn: isoDateSchema,
    track: z.enum(CAREER_TRACKS).nullable(),
    archetype: z.enum(ARCHETYPES).nullable(),
    breadth: z.enum(BREADTHS).nullable(),
    note: str.nullable(),
  }),
  goals: rows({ text: str, setOn: isoDateSchema, evidence: z.array(id) }),
};

export type OpportunitiesExport = { [K in keyof typeof opportunitiesExportShape]: NonNullable<z.output<(typeof opportunitiesExportShape)[K]>> };
type Referenced = Partial<OpportunitiesExport> & { triggers: { id: number }[]; principles: { id: number }[]; accomplishments: { id: number }[] };

import { opportunityRows } from './rows.js';

export { opportunityRows };

/** Checks that every hunt row points at a row in the same file; `fail(path, message)` throws. */
export function checkOpportunityReferences(all: Referenced, fail: (path: string, message: string) => never): void {
  const d = { ...all, ...opportunityRows(all) };
  const ids = (list: { id: number }[], name: string) => {
    const set = new Set<number>();
    list.forEach((r, i) => {
      if (set.has(r.id)) fail(`${name}.${i}.id`, `duplicate id ${r.id}`);
      set.add(r.id);
    });
    return set;
  };
  const known = {
    opportunity: ids(d.opportunities, 'opportunities'),
    question: ids(d.questions, 'questions'),
    answer: ids(d.answers, 'answers'),
    note: ids(d.opportunityNotes, 'opportunityNotes'),
    trigger: new Set(d.triggers.map((t) => t.id)),
    principle: new Set(d.principles.map((p) => p.id)),
    accomplishment: new Set(d.accomplishments.map((a) => a.id)),
  };
  for (const name of ['stageMoves', 'contacts', 'relevantPrinciples', 'directions', 'goals'] as const) ids(d[name], name);
  ids(d.redFlags, 'redFlags');
  const ref = (value: number | null, what: keyof typeof known, path: string) => {
    if (value !== null && !known[what].has(value)) fail(path, `refers to a missing ${what}`);
  };
  for (const name of ['stageMoves', 'contacts', 'opportunityNotes', 'answers', 'relevantPrinciples'] as const) {
    d[name].forEach((r, i) => {
      ref(r.opportunityId, 'opportunity', `${name}.${i}.opportunityId`);
    });
  }
  const moved = new Set(d.stageMoves.map((m) => m.opportunityId));
  d.opportunities.forEach((o, i) => {
    if (!moved.has(o.id)) fail(`opportunities.${i}`, 'has no stage moves');
  });
  d.questions.forEach((q, i) => {
    ref(q.triggerId, 'trigger', `questions.${i}.triggerId`);
  });
  d.answers.forEach((a, i) => {
    ref(a.questionId, 'question', `answers.${i}.questionId`);
  });
  d.redFlags.forEach((f, i) => {
    ref(f.triggerId, 'trigger', `redFlags.${i}.triggerId`);
    if ((f.answerId === null) === (f.noteId === null)) fail(`redFlags.${i}`, 'needs exactly one of answerId and noteId');
    ref(f.answerId, 'answer', `redFlags.${i}.answerId`);
    ref(f.noteId, 'note', `redFlags.${i}.noteId`);
  });
  const marked = new Set<string>();
  d.relevantPrinciples.forEach((r, i) => {
    ref(r.principleId, 'principle', `relevantPrinciples.${i}.principleId`);
    if (marked.has(`${r.opportunityId}:${r.principleId}`)) fail(`relevantPrinciples.${i}`, 'marks a principle twice for one opportunity');
    marked.add(`${r.opportunityId}:${r.principleId}`);
  });
  d.goals.forEach((g, i) => {
    g.evidence.forEach((a, j) => {
      ref(a, 'accomplishment', `goals.${i}.evidence.${j}`);
    });
    if (new Set(g.evidence).size !== g.evidence.length) fail(`goals.${i}.evidence`, 'lists an accomplishment twice');
  });
}

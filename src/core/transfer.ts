/**
 * The versioned JSON export format (docs/EXPORT.md). `parseExport` validates a whole file before a
 * single row is written: shape, ranges, and that every reference points at a row in the same file.
 */
import { z } from 'zod';
import { KeelError } from './errors.js';
import { checkOpportunityReferences, opportunitiesExportShape } from './opportunities/transfer.js';
import { validateParams } from './rule-params.js';
import { RULE_KINDS } from './rules.js';
import { strictJsonProblem } from './strict-json.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from './transfer-format.js';
import { cbiSchema, isoDateSchema, isoWeekSchema, who5Schema } from './validation.js';

export { EXPORT_FORMAT, EXPORT_VERSION };

const id = z.int().min(1).max(Number.MAX_SAFE_INTEGER);
const ts = z.string().min(1).max(40);
const str = z.string().max(20_000);
const scale = z.int().min(1).max(5);

export const exportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  settings: z.record(z.string().max(100), z.string().max(10_000)),
  jobs: z.array(
    z.strictObject({
      id,
      employer: str,
      title: str,
      track: z.enum(['ic', 'manager']),
      level: str.nullable(),
      startedOn: isoDateSchema,
      endedOn: isoDateSchema.nullable(),
    }),
  ),
  sections: z.array(z.strictObject({ id, title: str, position: z.int(), note: str.nullable().default(null) })),
  principles: z.array(
    z.strictObject({
      id,
      sectionId: id,
      text: str,
      tags: z.array(z.string().max(100)),
      source: str.nullable(),
      sourceDate: isoDateSchema.nullable(),
      position: z.int(),
      createdAt: ts,
      reviewedAt: ts.nullable(),
      retiredAt: ts.nullable(),
    }),
  ),
  revisions: z.array(z.strictObject({ id, principleId: id, previousText: str, changedAt: ts, reason: str.nullable() })),
  triggers: z.array(
    z.strictObject({
      id,
      slug: z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
        .max(60),
      text: str,
      weight: z.int().min(1).max(10),
      active: z.boolean(),
      principleId: id.nullable(),
      createdAt: ts,
      retiredAt: ts.nullable(),
    }),
  ),
  observations: z.array(z.strictObject({ id, triggerId: id, observedOn: isoDateSchema, severity: z.int().min(1).max(3), note: str.nullable() })),
  checkIns: z.array(
    z.strictObject({
      id,
      week: isoWeekSchema,
      hours: z.number().min(0).max(120),
      quality: scale,
      satisfaction: scale,
      energy: scale,
      growth: scale,
      respected: z.boolean(),
      note: str.nullable(),
      who5: who5Schema.nullable(),
      cbi: cbiSchema.nullable(),
      createdAt: ts,
      updatedAt: ts,
    }),
  ),
  accomplishments: z.array(
    z.strictObject({
      id,
      achievedOn: isoDateSchema,
      text: str,
      impact: str.nullable(),
      kind: z.enum(['delivered', 'enabled-others', 'learned', 'recognized']),
      people: z.array(z.string().max(200)),
    }),
  ),
  rules: z.array(
    z.strictObject({
      name: z.string().min(1).max(100),
      kind: z.enum(RULE_KINDS),
      params: z.record(z.string(), z.unknown()),
      enabled: z.boolean(),
      principleId: id.nullable(),
      belief: str,
    }),
  ),
  searches: z.array(z.strictObject({ id, kind: z.enum(['light', 'full']), startedOn: isoDateSchema, endedOn: isoDateSchema.nullable(), note: str.nullable() })),
  ...opportunitiesExportShape,
});
export type ExportData = z.output<typeof exportSchema>;

const bad = (where: string, message: string) =>
  new KeelError('BadFile', `${where}: ${message}`, 'Nothing was imported. Fix the file, or export it again.', { see: { place: 'export' } });

/** Validates an export file's text completely; throws BadFile naming the place of the first problem. */
export function parseExport(text: string, where = 'import file'): ExportData {
  const problem = strictJsonProblem(text);
  if (problem) throw bad(where, `not valid JSON: ${problem}`);
  const json: unknown = JSON.parse(text);
  if (typeof json === 'object' && json !== null && 'version' in json && typeof json.version === 'number' && json.version > EXPORT_VERSION) {
    throw new KeelError(
      'BadFile',
      `${where}: written by a newer Keel (export version ${json.version}; this Keel reads version ${EXPORT_VERSION})`,
      'Upgrade Keel to import it.',
    );
  }
  const result = exportSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw bad(where, `${issue?.path.map(String).join('.') || 'top level'}: ${issue?.message ?? 'invalid'}`);
  }
  const data = result.data;
  checkReferences(data, where);
  checkOpportunityReferences(data, (path, message) => {
    throw bad(where, `${path}: ${message}`);
  });
  return data;
}

function checkReferences(d: ExportData, where: string): void {
  const ids = (rows: { id: number }[], name: string) => {
    const set = new Set<number>();
    rows.forEach((r, i) => {
      if (set.has(r.id)) throw bad(where, `${name}.${i}.id: duplicate id ${r.id}`);
      set.add(r.id);
    });
    return set;
  };
  const sections = ids(d.sections, 'sections');
  const principles = ids(d.principles, 'principles');
  const triggers = ids(d.triggers, 'triggers');
  ids(d.jobs, 'jobs');
  ids(d.revisions, 'revisions');
  ids(d.observations, 'observations');
  ids(d.checkIns, 'checkIns');
  ids(d.accomplishments, 'accomplishments');
  ids(d.searches, 'searches');
  const ref = (ok: boolean, path: string, what: string) => {
    if (!ok) throw bad(where, `${path}: refers to a missing ${what}`);
  };
  d.principles.forEach((p, i) => {
    ref(sections.has(p.sectionId), `principles.${i}.sectionId`, 'section');
  });
  d.revisions.forEach((r, i) => {
    ref(principles.has(r.principleId), `revisions.${i}.principleId`, 'principle');
  });
  d.triggers.forEach((t, i) => {
    ref(t.principleId === null || principles.has(t.principleId), `triggers.${i}.principleId`, 'principle');
  });
  d.observations.forEach((o, i) => {
    ref(triggers.has(o.triggerId), `observations.${i}.triggerId`, 'trigger');
  });
  d.rules.forEach((r, i) => {
    ref(r.principleId === null || principles.has(r.principleId), `rules.${i}.principleId`, 'principle');
  });
  const slugs = new Set<string>();
  d.triggers.forEach((t, i) => {
    if (slugs.has(t.slug)) throw bad(where, `triggers.${i}.slug: duplicate slug ${t.slug}`);
    slugs.add(t.slug);
  });
  const weeks = new Set<string>();
  d.checkIns.forEach((c, i) => {
    if (weeks.has(c.week)) throw bad(where, `checkIns.${i}.week: a second check-in for ${c.week}`);
    weeks.add(c.week);
  });
  const names = new Set<string>();
  d.rules.forEach((r, i) => {
    if (names.has(r.name)) throw bad(where, `rules.${i}.name: duplicate rule ${r.name}`);
    names.add(r.name);
    try {
      validateParams(r.name, r.kind, r.params);
    } catch (e) {
      throw bad(where, `rules.${i}.params: ${(e as Error).message}`);
    }
  });
  d.jobs.forEach((j, i) => {
    if (j.endedOn !== null && j.endedOn < j.startedOn) throw bad(where, `jobs.${i}.endedOn: before startedOn`);
  });
}

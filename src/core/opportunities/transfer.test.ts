import { describe, expect, it } from 'vitest';
import { parseExport } from '../transfer.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../transfer-format.js';

const base = {
  format: EXPORT_FORMAT,
  version: EXPORT_VERSION,
  settings: {},
  jobs: [],
  sections: [],
  principles: [],
  revisions: [],
  triggers: [{ id: 1, slug: 'blame', text: 'Blame', weight: 1, active: true, principleId: null, createdAt: '2026-01-01T00:00:00Z', retiredAt: null }],
  observations: [],
  checkIns: [],
  accomplishments: [{ id: 1, achievedOn: '2026-10-02', text: 'Shipped', impact: null, kind: 'delivered', people: [] }],
  rules: [],
  searches: [],
};
const hunt = {
  opportunities: [{ id: 1, company: 'Initech', role: 'Staff Engineer', link: null, offer: null }],
  stageMoves: [{ id: 1, opportunityId: 1, stage: 'saved', movedOn: '2026-11-02', note: null }],
  contacts: [],
  opportunityNotes: [],
  questions: [
    { id: 1, text: 'What would make you want to leave {company}?', origin: 'leave', triggerId: null, createdAt: '2026-11-02T12:00:00Z', retiredAt: null },
  ],
  answers: [{ id: 1, opportunityId: 1, questionId: 1, answeredOn: '2026-11-10', who: null, text: 'The blame' }],
  redFlags: [{ id: 1, triggerId: 1, severity: 2, answerId: 1, noteId: null }],
  relevantPrinciples: [],
  directions: [{ id: 1, setOn: '2026-11-29', track: 'principal-ic', archetype: 'architect', breadth: 'deep', note: null }],
  goals: [{ id: 1, text: 'Lead a design', setOn: '2026-11-29', evidence: [1] }],
};
const parse = (extra: Record<string, unknown>) => parseExport(JSON.stringify({ ...base, ...hunt, ...extra }), 'file');

describe('hunt tables in the export format', () => {
  it('reads a file written before they existed, and one that has them', () => {
    expect(parseExport(JSON.stringify(base)).opportunities).toBeUndefined();
    expect(parse({}).redFlags).toHaveLength(1);
  });
  it('refuses references to rows that are not in the file', () => {
    expect(() => parse({ answers: [{ ...hunt.answers[0], questionId: 9 }] })).toThrow('file: answers.0.questionId: refers to a missing question');
    expect(() => parse({ redFlags: [{ ...hunt.redFlags[0], triggerId: 7 }] })).toThrow('redFlags.0.triggerId: refers to a missing trigger');
    expect(() => parse({ goals: [{ ...hunt.goals[0], evidence: [1, 5] }] })).toThrow('goals.0.evidence.1: refers to a missing accomplishment');
    expect(() => parse({ stageMoves: [] })).toThrow('opportunities.0: has no stage moves');
  });
  it('refuses a red flag on both or neither of an answer and a note, and bad values', () => {
    expect(() => parse({ redFlags: [{ ...hunt.redFlags[0], answerId: null }] })).toThrow('redFlags.0: needs exactly one of answerId and noteId');
    expect(() => parse({ stageMoves: [{ ...hunt.stageMoves[0], stage: 'hired' }] })).toThrow(/stageMoves\.0\.stage/);
    expect(() =>
      parse({ opportunities: [{ ...hunt.opportunities[0], offer: { pay: -1, currency: null, level: null, track: null, deadline: null, note: null } }] }),
    ).toThrow(/opportunities\.0\.offer\.pay/);
  });
});

// fast-check over every HTTP form: whatever a client sends in any field, the server answers with a
// redirect (accepted) or a 4xx naming the problem, never a 500; and a refused post changes nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpKeel, type WebKeel } from './helpers/web.js';

/** Each form with valid values; the property replaces one field at a time with arbitrary text. */
const FORMS: [string, Record<string, string>][] = [
  ['/checkin', { week: '2026-W47', hours: '38', quality: '4', satisfaction: '4', energy: '3', growth: '4', respected: 'yes', note: '', wins: '' }],
  ['/triggers', { text: 'On-call load never gets fixed', weight: '1', slug: '' }],
  ['/observe', { trigger: '1', on: '2026-11-20', severity: '2', note: 'seen' }],
  ['/brag', { text: 'Shipped the importer', on: '2026-11-27', kind: 'delivered', impact: '', people: '' }],
  ['/jobs', { employer: 'Initech', title: 'Principal', track: 'ic', level: '', since: '2026-11-02' }],
  ['/rules/unsatisfied/params', { key: 'weeks', value: '6' }],
  ['/doc/principles', { text: 'Rest is part of the work.', section: '1', reason: '' }],
  ['/opportunities', { company: 'Initech', role: 'Staff Engineer', link: 'https://initech.example/42', stage: 'saved', on: '2026-11-02' }],
  ['/opportunities/1/move', { stage: 'interviewing', on: '2026-11-20', note: 'Loop booked' }],
  ['/opportunities/1/offer', { pay: '185000', currency: 'EUR', level: 'Staff', track: 'ic', deadline: '2026-12-11', note: '' }],
  ['/opportunities/1/answers', { question: 'leave', text: 'People get blamed', who: 'Ana', on: '2026-11-20', flag: '10', severity: '2' }],
  ['/opportunities/1/notes', { text: 'On-call weekly', who: 'Bo', role: 'EM', on: '2026-11-21', flag: '', severity: '1' }],
  ['/opportunities/1/flags', { note: '1', trigger: 'values', severity: '1' }],
  ['/opportunities/1/contacts', { name: 'Ana Ruiz', role: 'EM', note: '' }],
  ['/opportunities/1/principles', { principle: '1', fits: 'yes', note: '' }],
  ['/searches', { kind: 'light', on: '2026-11-20', note: '' }],
  ['/questions', { text: 'How is on-call paid at {company}?', trigger: '' }],
  ['/direction', { track: 'principal-ic', archetype: 'architect', breadth: 'deep', note: 'Storage' }],
  ['/direction/goals', { text: 'Lead a cross-team design' }],
  ['/direction/goals/1/evidence', { win: '1' }],
  ['/triggers/1/rename', { slug: 'leadership-values' }],
];

let k: WebKeel;
beforeAll(async () => {
  k = await setUpKeel();
});
afterAll(async () => k.close());

const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '0',
    '6',
    '1e999',
    'NaN',
    '2026-02-30',
    '2026-W60',
    '<script>alert(1)</script>',
    '\u0000',
    'x'.repeat(3000),
    '9007199254740993',
    '1.5',
    'yes',
    'no',
  ),
  fc.integer().map(String),
  fc.double().map(String),
);

describe('every form, arbitrary values', () => {
  it('accepts the valid values (so the property below starts from forms that work)', async () => {
    const fresh = await setUpKeel();
    try {
      for (const [route, valid] of FORMS) expect((await fresh.post(route, valid)).status, route).toBe(303);
    } finally {
      await fresh.close();
    }
  });

  it.each(FORMS)('%s never fails with a 500, and a refusal changes nothing', async (route, valid) => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(valid)), nasty, async (field, value) => {
        const before = await k.snapshot();
        const res = await k.post(route, { ...valid, [field]: value });
        expect(res.status, `${route} ${field}=${JSON.stringify(value)}`).toBeLessThan(500);
        if (res.status >= 400) {
          expect(await k.snapshot()).toBe(before);
          expect(await res.text()).not.toContain('<script>alert(1)</script>');
        }
      }),
      // 60 random forms per route; `npm run test:fast` tries 10.
      { numRuns: process.env.KEEL_FAST_TESTS === '1' ? 10 : 60 },
    );
  });
});

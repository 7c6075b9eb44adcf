import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLUG_MAX, STOP_WORDS, triggerSlug, uniqueSlug } from './slug.js';
import { STARTER_TRIGGERS } from './template.js';
import { triggerInputSchema } from './validation.js';

const SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const lastWord = (slug: string) => slug.split('-').at(-1) as string;

describe('triggerSlug', () => {
  it.each([
    ["A manager who takes credit for the team's work", 'manager-takes-credit'],
    ['Promises about promotion that keep moving', 'promises-promotion-keep-moving'],
    ['Promises about promotion keep moving', 'promises-promotion-keep-moving'],
    ['On-call load that never gets fixed', 'on-call-load-never-fixed'],
    ['Gamified KPIs rewarded over research and development of new approaches', 'gamified-kpis-rewarded'],
    ['No trust in the relationship with my manager', 'no-trust-relationship'],
    ['No humility or psychological safety after a mistake', 'no-humility-psychological-safety'],
    ['People assign blame instead of figuring out the problem and fixing it', 'people-assign-blame'],
    ['I dread Monday mornings for a month', 'dread-monday-mornings'],
  ])('%s → %s', (text, slug) => {
    expect(triggerSlug(text)).toBe(slug);
  });

  it('keeps a negation as "no", so the slug does not say the opposite', () => {
    expect(triggerSlug("Leadership doesn't respect the company values")).toBe('leadership-no-respect');
    expect(triggerSlug("Teammates don't help each other; competition or aggression between employees")).toBe('teammates-no-help');
    expect(triggerSlug('Leadership does not respect the values')).toBe('leadership-no-respect');
    expect(triggerSlug('Leadership doesn’t respect the values')).toBe('leadership-no-respect');
    expect(triggerSlug('Work without recognition')).toBe('work-no-recognition');
    expect(triggerSlug('Not, not ever, not once')).toBe('trigger');
    expect(triggerSlug('Feedback I cannot act on, not')).toBe('feedback-no-act');
  });

  it('folds letters to ASCII and cuts long words at a word boundary, else hard', () => {
    expect(triggerSlug('Verantwortungsdiffusion und Entscheidungsverschleppung durch Führungskräfteentwicklungsprogramme')).toBe('verantwortungsdiffusion');
    expect(triggerSlug('Führungskräfteentwicklungsprogrammeverschleppung')).toBe('fuhrungskrafteentwicklungsprogra');
    expect(triggerSlug('Straße nach Øresund, Ærø')).toBe('strasse-oresund-aero');
    expect(triggerSlug('Crème brûlée über alles')).toBe('creme-brulee-alles');
    expect(triggerSlug(`no ${'b'.repeat(40)}`)).toBe(`no-${'b'.repeat(29)}`);
  });

  it('keeps a hyphenated word whole, without a trailing stop word', () => {
    expect(triggerSlug('Privacy-breaking features')).toBe('privacy-breaking-features');
    expect(triggerSlug('Follow-up never happens')).toBe('follow-never-happens');
  });

  it('falls back to "trigger" when nothing is left', () => {
    for (const text of ['', '   ', '!!!', 'It is what it is', 'Начальник', 'of the and', "don't"]) expect(triggerSlug(text)).toBe('trigger');
  });

  it('gives the starter triggers short, distinct slugs', () => {
    const slugs = STARTER_TRIGGERS.map((t) => triggerSlug(t.text));
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s.length).toBeLessThanOrEqual(SLUG_MAX);
  });

  it('for any text: a valid slug of at most 32 characters that never ends in a stop word', () => {
    const words = fc.constantFrom(...STOP_WORDS, 'no', 'not', "don't", 'team’s', 'on-call', 'follow-up', 'Æsir', 'ß', 'x'.repeat(33), '-', '—');
    const texts = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.array(fc.oneof(words, fc.string({ minLength: 1, maxLength: 12 })), { maxLength: 12 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const slug = triggerSlug(text);
        expect(slug).toMatch(SHAPE);
        expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
        expect(STOP_WORDS.has(lastWord(slug))).toBe(false);
        expect(lastWord(slug)).not.toBe('no');
        expect(triggerInputSchema.safeParse({ text: 'x', slug }).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('uniqueSlug', () => {
  it('returns the base when it is free, else the next free -N', () => {
    expect(uniqueSlug('blame', new Set())).toBe('blame');
    expect(uniqueSlug('blame', new Set(['blame']))).toBe('blame-2');
    expect(uniqueSlug('blame', new Set(['blame', 'blame-2', 'blame-3']))).toBe('blame-4');
    expect(uniqueSlug('', new Set(['trigger']))).toBe('trigger-2');
  });

  it('drops whole words of the base to make room for the suffix, and hard-cuts a single long word', () => {
    expect(uniqueSlug('no-humility-psychological-safety', new Set(['no-humility-psychological-safety']))).toBe('no-humility-psychological-2');
    const long = 'a'.repeat(32);
    expect(uniqueSlug(long, new Set([long]))).toBe(`${'a'.repeat(30)}-2`);
    const taken = new Set(['ab-cd', ...Array.from({ length: 9 }, (_, i) => `ab-cd-${i + 2}`)]);
    expect(uniqueSlug('ab-cd', taken)).toBe('ab-cd-11');
  });

  it('for any slug and taken set: a free, valid slug of at most 32 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(fc.string({ maxLength: 40 }), { maxLength: 20 }), (text, others) => {
        const base = triggerSlug(text);
        const taken = new Set([base, ...others.map(triggerSlug), ...Array.from({ length: 12 }, (_, i) => `${base}-${i + 2}`.slice(0, 32))]);
        const slug = uniqueSlug(base, taken);
        expect(taken.has(slug)).toBe(false);
        expect(slug).toMatch(SHAPE);
        expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
        expect(triggerInputSchema.safeParse({ text: 'x', slug }).success).toBe(true);
      }),
    );
  });
});

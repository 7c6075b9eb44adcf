import { describe, expect, it } from 'vitest';
import { checkMove, nextStages, offerSummary } from './domain.js';

describe('checkMove', () => {
  it('allows moving forward, skipping stages, and closing from any open stage', () => {
    expect(() => checkMove('saved', 'applied')).not.toThrow();
    expect(() => checkMove('saved', 'interviewing')).not.toThrow();
    expect(() => checkMove('screening', 'rejected')).not.toThrow();
    expect(() => checkMove('saved', 'withdrawn')).not.toThrow();
    expect(() => checkMove('offer', 'accepted')).not.toThrow();
  });
  it('refuses moving back, standing still, and anything after a decision', () => {
    expect(() => checkMove('interviewing', 'applied')).toThrow(/cannot move back from interviewing to applied/);
    expect(() => checkMove('applied', 'applied')).toThrow(/already at applied/);
    expect(() => checkMove('rejected', 'interviewing')).toThrow(/already rejected/);
  });
  it('accepts or declines only an offer', () => {
    expect(() => checkMove('interviewing', 'accepted')).toThrow(/only an offer can be accepted/);
    expect(() => checkMove('screening', 'declined')).toThrow(/only an offer can be declined/);
  });
});

describe('nextStages', () => {
  it('offers the later open stages and the closing ones a stage allows, nothing after a decision', () => {
    expect(nextStages('saved')).toEqual(['applied', 'screening', 'interviewing', 'offer', 'rejected', 'withdrawn']);
    expect(nextStages('offer')).toEqual(['accepted', 'declined', 'rejected', 'withdrawn']);
    expect(nextStages('declined')).toEqual([]);
  });
});

describe('offerSummary', () => {
  it('reads an offer in one line, leaving out what was not said', () => {
    expect(offerSummary({ pay: 185000, currency: 'EUR', level: 'Staff', track: 'ic', deadline: '2026-12-11', note: null })).toBe(
      '185,000 EUR · Staff · IC · decide by 2026-12-11',
    );
    expect(offerSummary({ pay: 90000.5, currency: null, level: null, track: 'manager', deadline: null, note: 'remote' })).toBe('90,000.5 · Manager');
  });
});

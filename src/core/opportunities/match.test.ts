import { describe, expect, it } from 'vitest';
import { stem, suggestTriggers, words } from './match.js';

describe('stem', () => {
  it('gives one stem for the forms of a word', () => {
    for (const w of ['blame', 'blamed', 'blames', 'blaming']) expect(stem(w)).toBe('blam');
    for (const w of ['mistake', 'mistakes']) expect(stem(w)).toBe('mistak');
    for (const w of ['fix', 'fixed', 'fixes', 'fixing']) expect(stem(w)).toBe('fix');
    for (const w of ['policy', 'policies']) expect(stem(w)).toBe('polici');
    expect(stem('stopped')).toBe('stop');
    expect(stem('process')).toBe(stem('processes'));
    expect(stem('promoted')).toBe(stem('promotion'));
  });
});

describe('words', () => {
  it('drops common words, short words, accents and possessives', () => {
    expect([...words("The manager's café was blamed for it").entries()]).toEqual([
      ['manager', 'manager'],
      ['caf', 'cafe'],
      ['blam', 'blamed'],
    ]);
  });
});

describe('suggestTriggers', () => {
  const triggers = [
    { id: 1, slug: 'blame', text: 'People assign blame instead of figuring out the problem and fixing it', notes: [] },
    { id: 2, slug: 'psych-safety', text: 'No humility or psychological safety after a mistake', notes: ['Sam was shouted at for the outage'] },
    { id: 3, slug: 'privacy', text: 'The work collects signals for tracking', notes: [] },
  ];

  it('ranks triggers by shared words and says which words matched and where', () => {
    const s = suggestTriggers('After the outage they blamed whoever made the mistake; nobody fixed the problem.', triggers);
    expect(s.map((x) => x.slug)).toEqual(['blame', 'psych-safety']);
    expect(s[0]?.words).toEqual([
      { word: 'blamed', from: 'trigger' },
      { word: 'fixed', from: 'trigger' },
      { word: 'problem', from: 'trigger' },
    ]);
    expect(s[0]?.score).toBe(6);
    expect(s[1]?.words).toEqual([
      { word: 'outage', from: 'observations' },
      { word: 'mistake', from: 'trigger' },
    ]);
    expect(s[1]?.score).toBe(3);
  });

  it('suggests nothing when no word is shared', () => {
    expect(suggestTriggers('We pair a lot and the lunches are great.', triggers)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { quarterBounds, quarterOf, quarterTitle } from './quarter.js';

describe('quarters', () => {
  it('names the quarter of a date', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-11-29')).toBe('2026-Q4');
  });
  it('gives first and last days, across a year end and a leap February', () => {
    expect(quarterBounds('2026-Q4')).toEqual(['2026-10-01', '2026-12-31']);
    expect(quarterBounds('2028-Q1')).toEqual(['2028-01-01', '2028-03-31']);
    expect(quarterBounds('2026-Q2')).toEqual(['2026-04-01', '2026-06-30']);
    expect(quarterTitle('2026-Q3')).toBe('2026 Q3 (Jul–Sep)');
  });
});

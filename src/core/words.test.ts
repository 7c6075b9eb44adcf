import { describe, expect, it } from 'vitest';
import { plural } from './words.js';

describe('plural', () => {
  it('says one and many as English does', () => {
    expect(plural(0, 'trigger')).toBe('0 triggers');
    expect(plural(1, 'trigger')).toBe('1 trigger');
    expect(plural(2, 'principle')).toBe('2 principles');
    expect(plural(3, 'rule of Keel', 'rules of Keel')).toBe('3 rules of Keel');
  });
});

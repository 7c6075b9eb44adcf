import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './doc-markdown.js';
import { findSign, proposeRules, SIGN_RULE_PARAMS, uniqueSlug } from './doc-proposals.js';
import { validateParams } from './rule-params.js';

describe('proposeRules', () => {
  it('proposes each short item of a list introduced by text about leaving as a trigger of its own principle', () => {
    const doc = parseMarkdown(
      [
        '## Work',
        '',
        '- Ship small.',
        '',
        'What would make me leave:',
        '',
        '- Promises that keep moving',
        '- Managers who punish people for raising problems.',
        '- A long explanation. It has two sentences, so it is prose, not a trigger.',
        '',
        '## Later',
        '',
        '- Not about leaving',
      ].join('\n'),
    );
    expect(proposeRules(doc)).toEqual([
      { kind: 'trigger', principle: 2, text: 'Promises that keep moving', slug: 'promises-that-keep-moving' },
      { kind: 'trigger', principle: 3, text: 'Managers who punish people for raising problems', slug: 'managers-who-punish-people-for' },
    ]);
  });

  it('takes a heading about leaving as the introduction, and nested items under a leaving line', () => {
    const byHeading = parseMarkdown('## Triggering events\n\n- Layoffs\n');
    expect(proposeRules(byHeading).map((p) => p.text)).toEqual(['Layoffs']);
    const nested = parseMarkdown('- When to leave:\n  - No growth path\n  - Blame culture\n');
    expect(proposeRules(nested)).toEqual([
      { kind: 'trigger', principle: 0, text: 'No growth path', slug: 'no-growth-path' },
      { kind: 'trigger', principle: 0, text: 'Blame culture', slug: 'blame-culture' },
    ]);
  });

  it('proposes a trigger and a valid repeat rule for "If …, that\'s a sign … elsewhere"', () => {
    const doc = parseMarkdown('## Health\n\nI sleep well. If I dread Monday mornings for a month, that’s a sign I should start looking elsewhere.\n');
    const [p] = proposeRules(doc);
    expect(p).toEqual({
      kind: 'sign',
      principle: 0,
      text: 'I dread Monday mornings for a month',
      slug: 'i-dread-monday-mornings-for',
      rule: { name: 'sign-i-dread-monday-mornings-for', params: { ...SIGN_RULE_PARAMS, trigger: 'i-dread-monday-mornings-for' } },
    });
    expect(p?.kind === 'sign' && validateParams(p.rule.name, 'repeat', p.rule.params)).toBeTruthy();
  });

  it('proposes nothing for prose that states no rule', () => {
    expect(proposeRules(parseMarkdown('## Code\n\n- If tests are slow, that is a sign to fix them.\n- Boring technology wins.\n'))).toEqual([]);
  });
});

describe('helpers', () => {
  it('findSign reads the condition of the sentence', () => {
    expect(findSign('If postmortems turn into finding someone to blame, that is a clear sign to look elsewhere.')).toBe(
      'Postmortems turn into finding someone to blame',
    );
    expect(findSign('That is a sign to look elsewhere.')).toBeNull();
  });
  it('uniqueSlug adds a number when the slug is taken', () => {
    expect(uniqueSlug('blame', new Set(['blame', 'blame-2']))).toBe('blame-3');
    expect(uniqueSlug('blame', new Set())).toBe('blame');
  });
});

import { describe, expect, it } from 'vitest';
import { validateParams } from '../rule-params.js';
import { parseDocument, parseMarkdown } from './markdown.js';
import { bindingOf, findSign, findSigns, isAboutLeaving, proposeRules, SIGN_RULE_PARAMS } from './proposals.js';

const kinds = (md: string) =>
  proposeRules(parseDocument(md)).map((p) => (p.kind === 'bind' ? `bind ${p.rule}${p.trigger ? ` ${p.trigger.text}` : ''}` : `${p.kind} ${p.text}`));

describe('proposeRules', () => {
  it('proposes each item of a list introduced by text about leaving as a trigger of its own principle', () => {
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
        '',
        '## Later',
        '',
        '- Not about leaving',
      ].join('\n'),
    );
    const proposals = proposeRules(doc);
    expect(proposals.map((p) => [p.kind, p.principle, p.kind === 'trigger' && p.text])).toEqual([
      ['trigger', 2, 'Promises that keep moving'],
      ['trigger', 3, 'Managers who punish people for raising problems'],
    ]);
    for (const p of proposals) if (p.kind === 'trigger') expect(p.slug.length).toBeLessThanOrEqual(32);
  });

  it('finds leave lists under every common wording, and not under leaving something else or staying', () => {
    for (const heading of [
      'What would make me quit',
      'Dealbreakers',
      'Deal-breakers',
      'My red lines',
      "Reasons I'd leave",
      'Reasons I would resign',
      "When I'd walk out the door",
      'Things that would make me hand in my notice',
      'Time to go',
      'Non-negotiables',
      'Triggering events',
      'When to leave',
    ]) {
      expect(isAboutLeaving(heading), heading).toBe(true);
      expect(kinds(`## ${heading}\n\n- Layoffs every quarter\n`), heading).toEqual(['trigger Layoffs every quarter']);
    }
    for (const heading of ['When to leave a meeting', 'Leaving a meeting early', 'Why I stay', 'What keeps me here']) {
      expect(isAboutLeaving(heading), heading).toBe(false);
      expect(kinds(`## ${heading}\n\n- Nothing more to add\n`), heading).toEqual([]);
    }
  });

  it('keeps a leave item with a nested explanation as a trigger', () => {
    const doc = parseMarkdown('## Dealbreakers\n\n- Layoffs announced on Slack\n  - It happened at Initech and nobody apologised.\n');
    expect(proposeRules(doc).map((p) => p.kind === 'trigger' && p.text)).toEqual(['Layoffs announced on Slack']);
    expect(doc[0]?.principles[0]?.text).toContain('nobody apologised');
  });

  it('takes nested items under a leaving line as triggers', () => {
    expect(kinds('- When to leave:\n  - No growth path\n  - Broken promises\n')).toEqual(['trigger No growth path', 'trigger Broken promises']);
  });

  it('proposes a trigger and a valid repeat rule for a sign no built-in rule covers', () => {
    const doc = parseMarkdown('## Health\n\nI sleep well. If I dread Monday mornings for a month, that’s a sign I should start looking elsewhere.\n');
    const [p] = proposeRules(doc);
    expect(p).toMatchObject({ kind: 'sign', principle: 0, text: 'I dread Monday mornings for a month' });
    if (p?.kind !== 'sign') throw new Error('no sign');
    expect(p.rule).toEqual({ name: `sign-${p.slug}`, params: { ...SIGN_RULE_PARAMS, trigger: p.slug } });
    expect(validateParams(p.rule.name, 'repeat', p.rule.params)).toBeTruthy();
  });

  it('binds what Keel already checks to its own rule instead of adding look-alikes', () => {
    const md = [
      '## Job hunting',
      '',
      'Some general thoughts are captured below:',
      '',
      '- Know what would make you leave. Not any single one is enough, but several at the same time means it is time to look.',
      "- You're unsatisfied at your job.",
      "- If people are assigning blame instead of figuring out the problem, that's a sign to look elsewhere.",
      '- After two years in a role, run a light job search.',
      '',
      '## Health',
      '',
      "- Don't work close to 40 hours a week unless the work is great.",
      "- Health and family are my choices; if those choices aren't respected, I am in the wrong place.",
    ].join('\n');
    expect(kinds(md)).toEqual([
      'bind triggers-cluster',
      'bind unsatisfied',
      'bind blame-culture People are assigning blame instead of figuring out the problem',
      'bind light-search-due',
      'bind overwork',
      'bind health-not-respected',
    ]);
    const byRule = new Map(proposeRules(parseDocument(md)).flatMap((p) => (p.kind === 'bind' ? [[p.rule, p.params]] : [])));
    expect(byRule.get('light-search-due')).toEqual({ years: 2, searchWithinYears: 2 });
    expect(byRule.get('overwork')).toEqual({ hoursAtLeast: 38 });
  });

  it('makes an unsatisfied leave item a binding, never a trigger, and a blame leave item the trigger blame-culture watches', () => {
    expect(kinds("## When to leave\n\n- You're unsatisfied at your job\n- Leaders blaming people instead of fixing problems\n- No growth\n")).toEqual([
      'bind unsatisfied',
      'trigger Leaders blaming people instead of fixing problems',
      'bind blame-culture Leaders blaming people instead of fixing problems',
      'trigger No growth',
    ]);
  });

  it('proposes nothing for prose that states no rule', () => {
    expect(kinds('## Code\n\n- If tests are slow, that is a sign to fix them.\n- Boring technology wins.\n')).toEqual([]);
  });
});

describe('sign sentences', () => {
  it.each([
    ["If my manager stops having 1:1s, that's a sign I should look elsewhere.", 'My manager stops having 1:1s'],
    ['If the roadmap changes every week it’s time to move on.', 'The roadmap changes every week'],
    ['If promotions go to the loudest people, I should start looking.', 'Promotions go to the loudest people'],
    ['If on-call wakes me up every week, that’s my cue to leave.', 'On-call wakes me up every week'],
    ['If I stop learning thats a sign to move on.', 'I stop learning'],
    ["I'll know it's time to move on if the team stops shipping.", 'The team stops shipping'],
    ["And if leadership lies about layoffs, that's a sign to leave.", 'Leadership lies about layoffs'],
    ['When reviews turn into box-ticking, it is time to go.', 'Reviews turn into box-ticking'],
  ])('%s', (sentence, condition) => {
    expect(findSign(sentence)).toBe(condition);
  });

  it('finds two signs in one paragraph, and signs inside a blockquote or a callout', () => {
    expect(findSigns("If the pager never stops, it's time to move on. If my work ships nowhere, that's a sign to leave.")).toEqual([
      'The pager never stops',
      'My work ships nowhere',
    ]);
    expect(kinds("> If roadmaps get cancelled twice in a year, that's a sign I should look elsewhere.\n")).toEqual([
      'sign Roadmaps get cancelled twice in a year',
    ]);
    expect(kinds("> [!warning]\n> If the budget for tests disappears, it's time to move on.\n")).toEqual(['sign The budget for tests disappears']);
  });

  it('reads no sign where the consequence is not about leaving', () => {
    expect(findSign('If tests are slow, that is a sign to fix them.')).toBeNull();
    expect(findSign('That is a sign to look elsewhere.')).toBeNull();
  });
});

describe('bindingOf', () => {
  it('reads the numbers the text states', () => {
    expect(bindingOf('A 45-hour week is a bug, not a badge.')).toEqual({ rule: 'overwork', params: { hoursAtLeast: 45 } });
    expect(bindingOf('Run a light search every 3 years.')).toEqual({ rule: 'light-search-due', params: { years: 3, searchWithinYears: 3 } });
    expect(bindingOf('After a few years in one role, run a light job search.')).toEqual({ rule: 'light-search-due', params: {} });
    expect(bindingOf('Boring technology wins.')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { type DocSection, parseMarkdown, renderMarkdown, survivesMarkdown, UNTITLED_SECTION } from './markdown.js';

const strip = (doc: DocSection[]) =>
  doc.map((s) => ({ title: s.title, principles: s.principles.map(({ text, source, sourceDate, tags }) => ({ text, source, sourceDate, tags })) }));
const principle = (text: string, more: Partial<{ source: string; sourceDate: string; tags: string[] }> = {}) => ({
  text,
  source: more.source ?? null,
  sourceDate: more.sourceDate ?? null,
  tags: more.tags ?? [],
});

describe('parseMarkdown', () => {
  it('makes headings sections and top-level items and paragraphs principles, nested items staying with their parent', () => {
    const doc = parseMarkdown(
      '# Growth\n\nIntro line\nwrapped.\n\n- Mentor people.\n  1. Keep a list.\n  2. Ask them.\n- Read papers.\n\n## Code\n\n* Less code.\n',
    );
    expect(strip(doc)).toEqual([
      {
        title: 'Growth',
        principles: [principle('Intro line\nwrapped.'), principle('Mentor people.\n1. Keep a list.\n2. Ask them.'), principle('Read papers.')],
      },
      { title: 'Code', principles: [principle('Less code.')] },
    ]);
    expect(doc[0]?.principles.map((p) => p.form)).toEqual(['paragraph', 'item', 'item']);
    expect(doc[0]?.principles[1]?.children).toEqual(['Keep a list.', 'Ask them.']);
    expect(doc[0]?.principles[2]?.intro).toBe('Intro line wrapped.');
  });

  it('reads a Source line under an item, in a paragraph of its own, or in asterisks, with an optional date', () => {
    const doc = parseMarkdown(
      [
        '- Take the vacation days.',
        '  _Source: advice from my first manager, 2019_',
        '- Ship small.',
        '',
        '  *Source: a talk, 2021-03*',
        '  _Tags: delivery, habits_',
        '- Sleep first.',
        '  _Source: my doctor, 2020-02-14_',
        '- Say no.',
        '  _Source: Book 1984_',
        '',
        'A paragraph.',
        '',
        '_Source: a mentor_',
      ].join('\n'),
    );
    expect(strip(doc)[0]?.principles).toEqual([
      principle('Take the vacation days.', { source: 'advice from my first manager', sourceDate: '2019-01-01' }),
      principle('Ship small.', { source: 'a talk', sourceDate: '2021-03-01', tags: ['delivery', 'habits'] }),
      principle('Sleep first.', { source: 'my doctor', sourceDate: '2020-02-14' }),
      principle('Say no.', { source: 'Book 1984' }),
      principle('A paragraph.', { source: 'a mentor' }),
    ]);
    expect(doc[0]?.title).toBe(UNTITLED_SECTION);
  });

  it('keeps other blocks (quotes, code) as principles and ignores rules', () => {
    const doc = parseMarkdown('## Notes\n\n> Be kind.\n> Always.\n\n---\n\n```\nselect 1;\n```\n');
    expect(doc[0]?.principles.map((p) => p.text)).toEqual(['> Be kind.\n> Always.', '```\nselect 1;\n```']);
  });

  it('does not take emphasis that only starts a line for a Source line', () => {
    const doc = parseMarkdown('- Read more.\n  _Source_: nowhere\n');
    expect(strip(doc)[0]?.principles).toEqual([principle('Read more.\n_Source_: nowhere')]);
  });
});

describe('renderMarkdown', () => {
  it('writes what parseMarkdown reads back the same', () => {
    const doc = [
      { title: 'Wellbeing', principles: [principle('Take the vacation days.', { source: 'my first manager', sourceDate: '2019-01-01' })] },
      { title: 'Empty', principles: [] },
      {
        title: 'Growth',
        principles: [
          principle('Mentor people.\n1. Keep a list.\n2. Ask them.', { source: 'a mentor', tags: ['people'] }),
          principle('Two paragraphs.\n\nSecond one.', { sourceDate: '2020-05-17' }),
        ],
      },
    ];
    const md = renderMarkdown(doc);
    expect(md).toContain('- Take the vacation days.\n  _Source: my first manager, 2019_\n');
    expect(strip(parseMarkdown(md))).toEqual(doc);
  });
});

describe('survivesMarkdown', () => {
  it('accepts ordinary principles and refuses texts a Markdown export would change', () => {
    expect(survivesMarkdown('Code', principle('Less code is better; *no* code is best.\n- even tests'))).toBe(true);
    expect(survivesMarkdown('Code', principle('---'))).toBe(false);
    expect(survivesMarkdown('Code', principle('Read.\n_Source: me_'))).toBe(false);
    expect(survivesMarkdown('Code', principle('Read.', { source: 'my_manager' }))).toBe(true);
    expect(survivesMarkdown('Code', principle('Read.', { source: 'x_' }))).toBe(false);
    expect(survivesMarkdown('Notes #', null)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { bragDocument } from './brag-document.js';
import type { Accomplishment } from './domain.js';

const win = (id: number, achievedOn: string, kind: Accomplishment['kind'], text: string, extra: Partial<Accomplishment> = {}): Accomplishment => ({
  id,
  achievedOn,
  text,
  impact: null,
  kind,
  people: [],
  ...extra,
});

const wins = [
  win(3, '2026-10-05', 'enabled-others', 'Mentored Sam through on-call', { people: ['Sam'] }),
  win(1, '2026-08-14', 'delivered', 'Shipped the importer', { impact: 'Onboarding went from two days to one hour.' }),
  win(2, '2026-10-02', 'delivered', 'Led the storage migration', { people: ['Ana', 'Sam'] }),
  win(4, '2026-11-20', 'recognized', 'Spoke at the internal conference'),
];

describe('bragDocument', () => {
  it('groups by quarter (oldest first), then by kind in the order of the template', () => {
    const md = bragDocument(wins, { since: '2026-07-01', until: '2026-11-29', format: 'md' });
    expect(md).toBe(
      [
        '# Brag document',
        '',
        'From 2026-07-01 to 2026-11-29 · 4 wins · people supported: Ana, Sam',
        '',
        '## 2026 Q3 (Jul–Sep)',
        '',
        '### Projects',
        '',
        '- 2026-08-14: Shipped the importer. Impact: Onboarding went from two days to one hour.',
        '',
        '## 2026 Q4 (Oct–Dec)',
        '',
        '### Projects',
        '',
        '- 2026-10-02: Led the storage migration. With: Ana, Sam.',
        '',
        '### Collaboration and mentorship',
        '',
        '- 2026-10-05: Mentored Sam through on-call. With: Sam.',
        '',
        '### Recognition and work outside the job description',
        '',
        '- 2026-11-20: Spoke at the internal conference.',
        '',
      ].join('\n'),
    );
  });

  it('writes a standalone HTML page with the text escaped', () => {
    const html = bragDocument([win(1, '2026-11-02', 'learned', 'Read <Designing Data-Intensive Applications> & took notes')], {
      since: null,
      until: '2026-11-29',
      format: 'html',
    });
    expect(html).toContain('<h2>2026 Q4 (Oct–Dec)</h2>');
    expect(html).toContain('<h3>Learning, design and documentation</h3>');
    expect(html).toContain('Read &lt;Designing Data-Intensive Applications&gt; &amp; took notes');
    expect(html).not.toMatch(/<link|<script|https?:/);
  });

  it('says so when the period has no wins', () => {
    expect(bragDocument([], { since: '2026-01-01', until: '2026-03-31', format: 'md' })).toContain('No wins logged in this period.');
  });
});

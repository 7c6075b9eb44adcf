import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import type { Principle } from '../domain.js';
import { renderHtml } from './html.js';

const principle = (id: number, text: string, more: Partial<Principle> = {}): Principle => ({
  id,
  sectionId: 1,
  text,
  tags: [],
  source: null,
  sourceDate: null,
  position: id,
  createdAt: '2026-11-03T12:00:00.000Z',
  reviewedAt: null,
  retiredAt: null,
  ...more,
});

const page = renderHtml({
  title: 'How I <want> to work',
  updatedOn: '2026-11-29',
  sections: [
    {
      title: 'Wellbeing',
      principles: [
        principle(1, 'Take the vacation days. *All* of them.', { source: 'my first manager', sourceDate: '2019-01-01', tags: ['rest'] }),
        principle(2, 'Mentoring counts:\n1. Keep a list.\n2. Ask them.\n\n![a chart](https://example.org/chart.png) and a [link](https://example.org).'),
      ],
    },
    { title: 'Empty & quiet', principles: [] },
    { title: 'Code', principles: [principle(3, 'Raw <b>html</b> stays text.', { sourceDate: '2021-03-01' })] },
  ],
});

describe('renderHtml', () => {
  it('is valid HTML', async () => {
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(page);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it('is self-contained: inline CSS with a print stylesheet, nothing loaded from elsewhere', () => {
    expect(page).toContain('<style>');
    expect(page).toContain('@media print');
    expect(page).not.toMatch(/<link|<script|<img|\ssrc=|@import|url\(/);
    expect(page).toContain('a chart and a <a href="https://example.org">link</a>');
  });

  it('has a table of contents, since dates, the last-updated date, and escapes text', () => {
    expect(page).toContain('<a href="#section-2">Empty &amp; quiet</a>');
    expect(page).toContain('<section id="section-3">');
    expect(page).toContain('Since <time datetime="2019">2019</time> · Source: my first manager · Tags: rest');
    expect(page).toContain('Since <time datetime="2026-11-03">3 Nov 2026</time>');
    expect(page).toContain('Since <time datetime="2021-03">Mar 2021</time>');
    expect(page).toContain('Last updated <time datetime="2026-11-29">29 Nov 2026</time>');
    expect(page).toContain('<title>How I &lt;want&gt; to work</title>');
    expect(page).toContain('Raw &lt;b&gt;html&lt;/b&gt; stays text.');
  });
});

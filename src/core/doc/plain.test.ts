import { describe, expect, it } from 'vitest';
import { parseDocument } from './markdown.js';
import { looksLikePlainText, plainTextToMarkdown } from './plain.js';

describe('plain text from a web page', () => {
  it('is recognised by its bullets or a "Skip to content" line, and Markdown is not', () => {
    expect(looksLikePlainText('Skip to content\nMy principles\nBe kind.')).toBe(true);
    expect(looksLikePlainText('Growth\n• Read papers.')).toBe(true);
    expect(looksLikePlainText('# Growth\n\n- Read papers.\n')).toBe(false);
  });

  it('turns headings, bullets, sub-steps and Source lines into Markdown', () => {
    const text = [
      'Skip to content',
      'How I work',
      'A paragraph that explains the rest of the page.',
      'Growth',
      '• Mentor people.',
      '1. Keep a list.',
      '2. Ask them.',
      '   ◦ A nested bullet',
      '• Take the vacation days.',
      'Source: my first manager, 2019',
      'What would make me leave:',
      '• Broken promises',
    ].join('\n');
    expect(plainTextToMarkdown(text)).toBe(
      [
        '## How I work',
        '',
        'A paragraph that explains the rest of the page.',
        '',
        '## Growth',
        '',
        '- Mentor people.',
        '  1. Keep a list.',
        '  2. Ask them.',
        '     - A nested bullet',
        '- Take the vacation days.',
        '  _Source: my first manager, 2019_',
        '',
        'What would make me leave:',
        '',
        '- Broken promises',
        '',
      ].join('\n'),
    );
  });

  it('drops a menu above the page, and keeps a short line that introduces nothing (another short line follows) as text', () => {
    const menu = parseDocument('Menu\nAbout\nHealth\n• Sleep first.');
    expect(menu.map((s) => s.title)).toEqual(['Health']);
    const doc = parseDocument('Health\n• Sleep first.\nTea\nCoffee\nA paragraph about coffee follows here.');
    expect(doc.map((s) => s.title)).toEqual(['Health', 'Coffee']);
    expect(doc[0]?.principles.map((p) => p.text)).toEqual(['Sleep first.', 'Tea']);
  });
});

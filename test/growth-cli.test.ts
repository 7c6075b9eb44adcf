// Growth on the built binary: the brag document, direction and goals, the quarterly review, and calendar reminders.

import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DirectionView } from '../src/app/opportunities.queries.js';
import type { Review } from '../src/app/review.service.js';
import { json, keel, ok, tempDb, tempDir } from './helpers/cli.js';

describe('keel brag export', () => {
  const db = tempDb();
  beforeAll(() => {
    ok(['init'], { db });
    for (const [text, on, kind, ...people] of [
      ['Shipped the importer', '2026-05-14', 'delivered'],
      ['Read Designing Data-Intensive Applications', '2026-08-05', 'learned'],
      ['Led the storage migration', '2026-10-02', 'delivered', 'Ana'],
      ['Mentored Sam through on-call', '2026-10-05', 'enabled-others', 'Sam'],
      ['Spoke at the internal conference', '2026-11-20', 'recognized'],
    ] as const) {
      ok(['brag', 'add', text, '--on', on, '--kind', kind, ...people.flatMap((p) => ['--person', p])], { db });
    }
  });

  it('groups the wins of the period by quarter, then by kind, as Markdown', () => {
    const md = ok(['brag', 'export', '--since', '2026-07-01'], { db }).stdout;
    expect(md).toContain('From 2026-07-01 to 2026-11-29 · 4 wins · people supported: Ana, Sam');
    expect(md).not.toContain('Shipped the importer');
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Brag document',
      '## 2026 Q3 (Jul–Sep)',
      '### Learning, design and documentation',
      '## 2026 Q4 (Oct–Dec)',
      '### Projects',
      '### Collaboration and mentorship',
      '### Recognition and work outside the job description',
    ]);
    expect(md).toContain('- 2026-10-05: Mentored Sam through on-call. With: Sam.');
  });

  it('writes HTML to a file', () => {
    const out = path.join(tempDir(), 'brag.html');
    const r = ok(['brag', 'export', '--format', 'html', '--until', '2026-06-30', '--out', out], { db });
    expect(r.stderr).toContain(`Wrote 1 win to ${out}`);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<h2>2026 Q2 (Apr–Jun)</h2>\n<h3>Projects</h3>');
  });
});

describe('keel direction and keel review', () => {
  const db = tempDb();
  beforeAll(() => {
    // Set up a year and a half ago, so every starter principle is due for its yearly look.
    ok(['init'], { db, today: '2025-05-01' });
    ok(['job', 'start', 'Globex', '--title', 'Staff Engineer', '--since', '2022-06-01'], { db });
    for (let w = 36; w <= 48; w++) {
      ok(
        [
          'checkin',
          '--week',
          `2026-W${w}`,
          '--hours',
          '36',
          '--quality',
          '4',
          '--satisfaction',
          '4',
          '--energy',
          '4',
          '--growth',
          w < 44 ? '4' : '2',
          '--respected',
          'yes',
        ],
        { db },
      );
    }
    ok(['brag', 'add', 'Designed the event pipeline', '--on', '2026-10-12'], { db });
    const logged = ok(['brag', 'add', 'Learned Rust for the parser', '--on', '2026-11-02', '--kind', 'learned'], { db });
    expect(logged.stderr).toMatch(/^Evidence for a goal\? keel direction evidence <goal> \d+$/m);
  });

  it('records track, archetype, breadth and goals, keeping the earlier settings as history', () => {
    const first = json<DirectionView>(['direction', '--track', 'manager', '--archetype', 'tech-lead', '--breadth', 'wide'], { db });
    expect(first.current).toMatchObject({ track: 'manager', archetype: 'tech-lead', breadth: 'wide', setOn: '2026-11-29' });
    const view = json<DirectionView>(['direction', '--track', 'principal-ic', '--goal', 'Lead a cross-team design'], { db });
    expect(view.current).toMatchObject({ track: 'principal-ic', archetype: 'tech-lead', breadth: 'wide' });
    expect(view.history.map((d) => d.track)).toEqual(['manager', 'principal-ic']);
    ok(['direction', 'evidence', '1', 'event pipeline'], { db });
    // A number is always a win id, never a piece of a win's text.
    const missing = keel(['direction', 'evidence', '1', '99'], { db });
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([1, 'keel: no win 99']);
    const goals = json<DirectionView['goals']>(['direction', 'goals'], { db });
    expect(goals.map((g) => [g.text, g.wins.map((w) => w.text)])).toEqual([['Lead a cross-team design', ['Designed the event pipeline']]]);
    expect(ok(['direction'], { db }).stdout).toContain('Archetype  tech-lead: guides the approach and execution of a team or a few teams');
  });

  it('walks principles due, the verdict trend, goals, growth and the light search, without a terminal', () => {
    const r = json<Review>(['review'], { db });
    expect(r.from).toBe('2026-08-31');
    expect(r.principlesDue.length).toBe(13);
    expect(r.trend.weeks).toHaveLength(13);
    expect(r.goals[0]?.wins).toHaveLength(1);
    expect(r.wins).toEqual({ total: 2, unlinked: 1 });
    expect(r.growth).toMatchObject({ answer: 'mixed', checkIns: 13, learned: 1 });
    expect(r.lightSearch.due?.message).toMatch(/Globex for four years/);
    const text = ok(['review'], { db }).stdout;
    expect(text).toMatch(/1\. Principles due for review\n {2}\[\d+\] /);
    expect(text).toContain('4. Am I still learning and growing?\n  Partly: growth averaged 3.2 of 5 over 13 check-ins');
    expect(text).toMatch(/5\. A light job search\?\n {2}Due\. You have been at Globex/);
  });
});

describe('keel remind', () => {
  it('writes an iCalendar file with a weekly check-in and a quarterly review that ical.js reads as recurring', () => {
    const file = path.join(tempDir(), 'keel.ics');
    ok(['remind', '--ics', file, '--day', 'mon', '--time', '09:30']);
    const cal = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.startDate.toString(), e.duration.toSeconds()])).toEqual([
      ['Keel: weekly check-in', '2026-11-30T09:30:00', 15 * 60],
      ['Keel: quarterly review', '2027-01-04T09:30:00', 60 * 60],
    ]);
    const rules = events.map((e) => e.component.getFirstPropertyValue('rrule') as ICAL.Recur);
    expect(rules.map((r) => [r.freq, r.interval])).toEqual([
      ['WEEKLY', 1],
      ['MONTHLY', 3],
    ]);
    const it = events[1]?.iterator();
    expect([it?.next(), it?.next(), it?.next(), it?.next()].map((t) => t?.toString().slice(0, 10))).toEqual([
      '2027-01-04',
      '2027-04-05',
      '2027-07-05',
      '2027-10-04',
    ]);
  });

  it('refuses a bad time and writes no file', () => {
    const file = path.join(tempDir(), 'keel.ics');
    const r = keel(['remind', '--ics', file, '--time', '9am']);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, 'keel: --time must be a time HH:MM, e.g. 16:00 (got "9am")']);
    expect(fs.existsSync(file)).toBe(false);
  });
});

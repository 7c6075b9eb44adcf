// `keel doc` end to end: the built binary against temporary databases, without a terminal (no prompts).
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, json, keel, ok, tempDb, tempDir } from './helpers/cli.js';

const FIXTURE = path.join(FIXTURES, 'career-doc.md');
const dir = tempDir('keel-doc-');
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};
interface Section {
  title: string;
  principles: { id: number; text: string; source: string | null }[];
}
const documentOf = (db: string) => json<Section[]>(['doc', 'list'], { db });

describe('keel doc import', () => {
  const db = tempDb();
  beforeAll(() => {
    ok(['init', '--template', 'blank'], { db });
  });

  it('imports the document and lists the proposals without applying them, saying how to', () => {
    const r = ok(['doc', 'import', FIXTURE], { db });
    expect(r.stdout).toContain('Imported career-doc.md: 6 sections (6 new); principles: 16 new.');
    expect(r.stdout).toMatch(/trigger {2}\S+ +"Promises about promotion that keep moving"/);
    expect(r.stdout).toMatch(
      /rule {5}blame-culture +quotes "If postmortems turn into finding someone to blame, that's a sign to look elsewhere\."; watches \S+, trigger "Postmortems/,
    );
    expect(r.stdout).toMatch(/rule {5}overwork +quotes "A 45-hour week is a bug[^"]*"; weeks of 45 hours or more/);
    expect(r.stdout).toMatch(/rule {5}sign-\S+ +"I dread Monday mornings for a month" counts on its own/);
    expect(r.stderr).toContain(`Apply them with: keel doc import ${FIXTURE} --yes`);
    expect(json<unknown[]>(['trigger', 'list'], { db })).toEqual([]);
  });

  it('applies them with --yes, once; a second import changes nothing', () => {
    const applied = json<{ applied: { kind: string }[]; principles: { added: number } }>(['doc', 'import', FIXTURE, '--yes'], { db });
    expect(applied.principles.added).toBe(0);
    expect(applied.applied.map((p) => p.kind)).toEqual(['bind', 'trigger', 'trigger', 'trigger', 'trigger', 'sign', 'bind', 'bind']);
    expect(json<unknown[]>(['trigger', 'list'], { db })).toHaveLength(6);
    const before = ok(['export'], { db }).stdout;
    const again = ok(['doc', 'import', FIXTURE, '--yes'], { db });
    expect(again.stdout).toContain('The document in Keel already matches career-doc.md.');
    expect(ok(['export'], { db }).stdout).toBe(before);
  });

  it('shows the document, one principle, and the rules it backs', () => {
    const doc = documentOf(db);
    expect(doc.map((s) => s.title)).toEqual(['How I want to work', 'Wellbeing', 'Growth', 'When to leave', 'Hours', 'Code']);
    const sign = doc[3]?.principles.find((p) => p.text.startsWith('If postmortems'));
    const shown = json<{ rules: string[]; triggers: { text: string }[] }>(['doc', 'show', String(sign?.id)], { db });
    expect(shown.rules).toEqual(['blame-culture']);
    expect(shown.triggers.map((t) => t.text)).toEqual(['Postmortems turn into finding someone to blame']);
    const status = ok(['status'], { db }).stdout;
    expect(status).not.toContain('People assigning blame');
    expect(ok(['doc', 'show'], { db }).stdout).toContain('Source: advice from my first manager, 2019');
  });

  it('refuses bad files with a clear message and writes nothing', () => {
    const fresh = tempDb();
    ok(['init', '--template', 'blank'], { db: fresh });
    const cases: [string, string | Buffer, string][] = [
      ['binary.md', Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]), 'looks binary'],
      ['latin1.md', Buffer.from([0x2d, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]), 'not valid UTF-8'],
      ['empty.md', '', 'is empty'],
      ['blank.md', '\n   \n', 'no headings, list items or paragraphs found'],
      ['huge.md', `# Big\n\n${'- a principle\n'.repeat(400_000)}`, 'over the 5 MB limit'],
    ];
    for (const [name, content, message] of cases) {
      const r = keel(['doc', 'import', file(name, content)], { db: fresh });
      expect(r.code, name).toBe(1);
      expect(r.stderr, name).toContain(message);
      expect(r.stderr.split('\n')[0], name).toMatch(/^keel: /);
    }
    expect(keel(['doc', 'import', path.join(dir, 'missing.md')], { db: fresh }).code).toBe(1);
    expect(documentOf(fresh)).toEqual([]);
  });
});

describe('keel doc edit, history, add, sections', () => {
  const db = tempDb();
  beforeAll(() => {
    ok(['init', '--template', 'blank'], { db });
    ok(['doc', 'section', 'add', 'Wellbeing'], { db });
    ok(['doc', 'section', 'add', 'Code'], { db });
  });

  it('edits with --text and shows each revision as a word diff', () => {
    const p = json<{ id: number }>(['doc', 'add', 'Take the vacation days.', '--section', 'Wellbeing', '--source', 'my first manager, 2019'], { db });
    ok(['doc', 'edit', String(p.id), '--text', 'Take all the vacation days.', '--reason', 'all of them'], { db });
    ok(['doc', 'edit', String(p.id), '--text', 'Take every vacation day.'], { db });
    const history = ok(['doc', 'history', String(p.id)], { db }).stdout;
    expect(history).toContain('1. Sun 29 Nov 2026 · all of them\n   Take {+all +}the vacation days.');
    expect(history).toContain('2. Sun 29 Nov 2026\n   Take [-all the-]{+every+} vacation [-days-]{+day+}.');
    const h = json<{ revisions: { before: string; after: string }[] }>(['doc', 'history', String(p.id)], { db });
    expect(h.revisions.map((r) => r.after)).toEqual(['Take all the vacation days.', 'Take every vacation day.']);
  });

  it('without a terminal, edit needs --text (exit 2) and changes nothing', () => {
    const p = json<{ id: number }>(['doc', 'add', 'Less code is better.', '--section', 'Code'], { db });
    const r = keel(['doc', 'edit', String(p.id)], { db, env: { EDITOR: 'false' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give the new text with --text');
    expect(json<{ revisions: number }>(['doc', 'show', String(p.id)], { db }).revisions).toBe(0);
  });

  it('refuses unknown principles and sections with a hint', () => {
    const r = keel(['doc', 'add', 'Sleep.', '--section', 'Health'], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('keel: no section "Health"\nSections: "Wellbeing", "Code"');
    expect(keel(['doc', 'history', '999'], { db }).stderr).toContain('no principle 999');
  });

  it('renames and moves sections', () => {
    ok(['doc', 'section', 'rename', 'Code', 'Coding'], { db });
    expect(ok(['doc', 'section', 'move', 'Coding', '1'], { db }).stdout).toContain('Sections: Coding · Wellbeing');
    expect(keel(['doc', 'section', 'move', 'Coding', '7'], { db }).code).toBe(2);
    expect(keel(['doc', 'section', 'add'], { db }).code).toBe(2);
  });
});

describe('keel doc export', () => {
  const db = tempDb();
  beforeAll(() => {
    ok(['init', '--template', 'blank'], { db });
    ok(['doc', 'import', FIXTURE], { db });
  });

  it('writes Markdown that imports into an empty database as the identical document', () => {
    const out = path.join(dir, 'export.md');
    ok(['doc', 'export', '--out', out], { db });
    const other = tempDb();
    ok(['init', '--template', 'blank'], { db: other });
    ok(['doc', 'import', out], { db: other });
    const strip = (doc: Section[]) => doc.map((s) => ({ ...s, principles: s.principles.map(({ id: _id, ...p }) => p) }));
    expect(strip(documentOf(other))).toEqual(strip(documentOf(db)));
    expect(ok(['doc', 'export'], { db: other }).stdout).toBe(fs.readFileSync(out, 'utf8'));
    // With --json and no --out, the document comes wrapped in one JSON object, like every read.
    expect(json<{ format: string; text: string }>(['doc', 'export'], { db: other })).toEqual({ format: 'md', text: fs.readFileSync(out, 'utf8') });
  });

  it('writes one valid, self-contained HTML page', async () => {
    const out = path.join(dir, 'page.html');
    ok(['doc', 'export', '--format', 'html', '--title', 'How I want to work', '--out', out], { db });
    const html = fs.readFileSync(out, 'utf8');
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
    expect(html).toContain('<h1>How I want to work</h1>');
    expect(html).toContain('Last updated <time datetime="2026-11-29">29 Nov 2026</time>');
    expect(html).toContain('Since <time datetime="2019">2019</time> · Source: advice from my first manager');
    expect(html).not.toMatch(/<link|<script|\ssrc=/);
    expect(keel(['doc', 'export', '--format', 'pdf'], { db }).code).toBe(2);
  });
});

describe('keel doc review', () => {
  const db = tempDb();
  beforeAll(() => {
    ok(['init'], { db, today: '2026-06-01' });
  });

  it('a database set up today shows no review nudge', () => {
    const fresh = tempDb();
    ok(['init'], { db: fresh });
    const status = json<{ nudges: { kind: string }[] }>(['status'], { db: fresh });
    expect(status.nudges.map((n) => n.kind)).not.toContain('review');
    expect(ok(['doc', 'review'], { db: fresh }).stdout).toContain('Nothing to review');
  });

  it('lists principles due after 90 days and nudges in the status; --keep and --retire record the review', () => {
    const due = json<{ days: number; principles: { id: number }[] }>(['doc', 'review'], { db });
    expect(due.days).toBe(90);
    expect(due.principles.length).toBeGreaterThan(2);
    expect(ok(['status'], { db }).stdout).toMatch(/Review: \w+ principles have not been reviewed in 90 days/);
    const listed = ok(['doc', 'review'], { db });
    expect(listed.stderr).toContain('Review each: keel doc review <id> --keep');
    const [first, second] = due.principles;
    ok(['doc', 'review', String(first?.id), '--keep'], { db });
    expect(ok(['doc', 'review', String(second?.id), '--retire'], { db }).stdout).toContain(`Retired principle ${second?.id}`);
    expect(json<{ principles: unknown[] }>(['doc', 'review'], { db }).principles).toHaveLength(due.principles.length - 2);
    expect(keel(['doc', 'review', String(first?.id)], { db }).code).toBe(2);
    ok(['doc', 'review', '--every', '0'], { db });
    expect(json<{ nudges: { kind: string }[] }>(['status'], { db }).nudges.map((n) => n.kind)).not.toContain('review');
  });
});

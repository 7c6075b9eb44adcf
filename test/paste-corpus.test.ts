// The paste corpus: career pages as people paste or save them (web pages, Google Docs, Notion,
// Confluence, Word, Apple Notes, email, LinkedIn, Markdown of several kinds), each next to how a
// careful reader structures it: test/fixtures/paste/<name>.txt|.md and <name>.expected.json.
// Every fixture must import to its sections and principles, propose exactly its triggers, signs and
// bindings, and survive a Markdown round trip.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportMarkdown, importDocument } from '../src/app/doc.service.js';
import { initKeel } from '../src/app/setup.service.js';
import { parseDocument, renderMarkdown } from '../src/core/doc/markdown.js';
import { proposeRules } from '../src/core/doc/proposals.js';
import { formatSourceDate } from '../src/core/doc/source.js';
import { memoryKeel } from './helpers/memory.js';

const dir = new URL('./fixtures/paste/', import.meta.url);

type ExpectedPrinciple = string | { lead: string; children?: string[]; source?: string | null };
interface Expected {
  format?: string;
  sections: { title: string; note: string | null; principles: ExpectedPrinciple[] }[];
  triggers: string[];
  signs: string[];
  bindings: Record<string, string>;
}

/** What the corpus compares: a section's title and note, and each principle's lead, children and source. */
interface Shape {
  title: string;
  note: string | null;
  principles: { lead: string; children: string[]; source: string | null }[];
}

type Doc = ReturnType<typeof parseDocument>;

const names = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.expected.json'.length))
  .sort();

/** The raw file of a fixture: exactly one of `<name>.txt` and `<name>.md`. */
function rawFile(name: string): string {
  const found = readdirSync(dir).filter((f) => f === `${name}.txt` || f === `${name}.md`);
  if (found.length !== 1) throw new Error(`fixture ${name}: expected one of ${name}.txt or ${name}.md, found ${found.length}`);
  return found[0] as string;
}

/** The expectation, checked for the keys every fixture must give, so a typo fails loudly. */
function readExpected(name: string): Expected {
  const e = JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as Expected;
  const fail = (what: string) => {
    throw new Error(`fixture ${name}.expected.json: ${what}`);
  };
  if (!Array.isArray(e.sections)) fail('"sections" must be an array');
  if (!Array.isArray(e.triggers)) fail('"triggers" must be an array');
  if (!Array.isArray(e.signs)) fail('"signs" must be an array');
  if (typeof e.bindings !== 'object' || e.bindings === null || Array.isArray(e.bindings)) fail('"bindings" must be an object');
  for (const s of e.sections) {
    if (typeof s.title !== 'string' || !('note' in s) || !Array.isArray(s.principles))
      fail(`section ${JSON.stringify(s.title)} needs title, note and principles`);
    for (const p of s.principles) if (typeof p !== 'string' && typeof p?.lead !== 'string') fail(`a principle of ${JSON.stringify(s.title)} has no lead`);
  }
  return e;
}

/** The text as a person's file holds it: UTF-8, a byte-order mark kept for the importer to handle. */
const decode = (bytes: Buffer): string => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);

const expectedShape = (e: Expected): Shape[] =>
  e.sections.map((s) => ({
    title: s.title,
    note: s.note,
    principles: s.principles.map((p) =>
      typeof p === 'string' ? { lead: p, children: [], source: null } : { lead: p.lead, children: p.children ?? [], source: p.source ?? null },
    ),
  }));

/** A Source line as written: the source and its date (`my first manager, 2019`), or null. */
function sourceOf(p: { source: string | null; sourceDate?: string | null }): string | null {
  const parts = [p.source, p.sourceDate ? formatSourceDate(p.sourceDate) : null].filter((x): x is string => Boolean(x));
  return parts.length ? parts.join(', ') : null;
}

const shapeOf = (doc: Doc): Shape[] =>
  doc.map((s) => ({
    title: s.title,
    note: s.note ?? null,
    principles: s.principles.map((p) => ({ lead: p.lead, children: p.children, source: sourceOf(p) })),
  }));

/** The proposals as the expectation states them; a binding shows the lead of the principle it points at. */
function proposalsOf(doc: Doc) {
  const proposals = proposeRules(doc);
  const flat = doc.flatMap((s) => s.principles);
  const bound: Record<string, string[]> = {};
  for (const p of proposals) {
    if (p.kind !== 'bind') continue;
    bound[p.rule] ??= [];
    bound[p.rule]?.push(flat[p.principle]?.lead ?? `(no principle at index ${p.principle})`);
  }
  return {
    triggers: proposals.flatMap((p) => (p.kind === 'trigger' ? [p.text] : [])),
    signs: proposals.flatMap((p) => (p.kind === 'sign' ? [p.text] : [])),
    // One binding per rule: a rule bound twice shows both leads, and fails.
    bindings: Object.fromEntries(Object.entries(bound).map(([rule, leads]) => [rule, leads.length === 1 ? leads[0] : leads])),
    slugs: proposals.flatMap((p) => (p.kind === 'trigger' || p.kind === 'sign' ? [p.slug] : [])),
  };
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('the paste corpus', () => {
  it('has at least 20 fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(20);
  });

  it('keeps the CRLF line endings and byte-order mark of the fixture written with them', () => {
    const bytes = readFileSync(new URL('markdown-crlf-bom.md', dir));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decode(bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n').length).toBeGreaterThan(20);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
  });

  for (const name of names) {
    it(`reads ${name} as a careful reader would`, () => {
      const expected = readExpected(name);
      const text = decode(readFileSync(new URL(rawFile(name), dir)));

      // 1-2. Sections, notes and principles.
      const doc = parseDocument(text);
      expect.soft(shapeOf(doc), 'sections and principles').toEqual(expectedShape(expected));

      // 3. The rules the prose states.
      const got = proposalsOf(doc);
      expect.soft({ triggers: got.triggers, signs: got.signs, bindings: got.bindings }, 'proposals').toEqual({
        triggers: expected.triggers,
        signs: expected.signs,
        bindings: Object.fromEntries(Object.entries(expected.bindings).map(([rule, sub]) => [rule, expect.stringContaining(sub)])),
      });
      expect
        .soft(
          got.slugs.filter((s) => !SLUG.test(s) || s.length > 32),
          'trigger and sign slugs are lowercase words joined by hyphens, at most 32 characters',
        )
        .toEqual([]);
      expect
        .soft(
          got.slugs.filter((s, i) => got.slugs.indexOf(s) !== i),
          'trigger and sign slugs are unique within the document',
        )
        .toEqual([]);

      // 4. Markdown round trip: the same document back, and a render that is stable.
      const rendered = renderMarkdown(doc);
      const again = parseDocument(rendered);
      expect.soft(shapeOf(again), 'parseDocument(renderMarkdown(doc))').toEqual(shapeOf(doc));
      expect.soft(renderMarkdown(again), 'rendering the re-read document again').toBe(rendered);
    });
  }
});

describe('the paste corpus through Keel', () => {
  for (const name of names) {
    it(`${name}: imported with its rules, exported, imported into a new database, exported again: the same bytes`, async () => {
      const text = decode(readFileSync(new URL(rawFile(name), dir)));
      const first = await memoryKeel('2026-11-29');
      await initKeel(first, 'blank');
      const r = await importDocument(first, text, rawFile(name), { apply: true });
      expect(r.proposals).toEqual([]);
      const md = await exportMarkdown(first);
      const second = await memoryKeel('2026-11-29');
      await initKeel(second, 'blank');
      await importDocument(second, md, 'export.md', { apply: false });
      expect(await exportMarkdown(second)).toBe(md);
      // Importing the same file again changes nothing.
      const before = JSON.stringify(await first.store.dump());
      await importDocument(first, text, rawFile(name), { apply: true });
      expect(JSON.stringify(await first.store.dump())).toBe(before);
      // Every rule bound to the person's words quotes them.
      const rules = await first.store.listRules();
      const principles = new Map((await first.store.listPrinciples()).map((p) => [p.id, p.text]));
      for (const b of r.applied.filter((p) => p.kind === 'bind')) {
        expect(principles.get(rules.find((x) => x.name === b.rule?.name)?.principleId ?? 0)).toBe(b.belief);
      }
      for (const t of await first.store.listTriggers()) expect(t.slug.length).toBeLessThanOrEqual(32);
      first.close();
      second.close();
    });
  }
});

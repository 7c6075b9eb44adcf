/** "Paste your document" in the browser: onboarding and the document page preview first, write only on Import, and keep what the person unticked out. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/cli.js';
import { setUpKeel, textOf, type WebKeel, webKeel } from './helpers/web.js';

const PAGE = fs.readFileSync(path.join(FIXTURES, 'career-doc.md'), 'utf8');
/** The same page as a browser copies it: `  •` bullets with no blank line between them. */
const PASTED = [
  'Skip to content',
  'How I want to work',
  'Health',
  '  • Sleep and family come before any deadline.',
  '  • Take the vacation days. All of them.',
  '    Source: advice from my first manager, 2019',
  'When to leave',
  'Some general thoughts are captured below:',
  '  • Promises about promotion that keep moving',
  "  • You're unsatisfied at your job",
  '  • Managers who punish people for raising problems',
  '  • People assigning blame instead of figuring out the problem and fixing it',
].join('\n');

let k: WebKeel;
afterEach(() => k.close());

describe('onboarding with your own document', () => {
  it('previews sections, principles, triggers and bindings without writing, then imports what was kept', async () => {
    k = await webKeel();
    const welcome = textOf(await (await k.get('/welcome')).text());
    expect(welcome).toContain('Paste your document');

    const before = await k.snapshot();
    const preview = await k.post('/welcome', { template: 'blank', document: PASTED });
    expect(preview.status).toBe(200);
    const shown = textOf(await preview.text());
    expect(shown).toContain('What Keel read Nothing is saved yet.');
    expect(shown).toContain('When to leave Some general thoughts are captured below:');
    expect(shown).toContain('Take the vacation days. All of them. Source: advice from my first manager, 2019');
    expect(shown).toMatch(/trigger \S+ — "Promises about promotion that keep moving"/);
    expect(shown).toMatch(/rule unsatisfied — quotes "You're unsatisfied at your job"/);
    expect(shown).toMatch(/rule blame-culture — quotes "People assigning blame/);
    expect(await k.snapshot()).toBe(before);

    const keys = [...(await (await k.post('/welcome', { template: 'blank', document: PASTED })).text()).matchAll(/name="accept" value="([^"]+)"/g)].map(
      (m) => m[1] as string,
    );
    const kept = keys.filter((x) => x !== 'rule:unsatisfied');
    const res = await k.post('/welcome/import/apply', { template: 'blank', document: PASTED, accept: kept });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/welcome/job');

    const sections = await k.ctx.store.listSections();
    expect(sections.map((s) => [s.title, s.note])).toEqual([
      ['How I want to work', null],
      ['Health', null],
      ['When to leave', 'Some general thoughts are captured below:'],
    ]);
    const triggers = await k.ctx.store.listTriggers();
    expect(triggers.map((t) => t.text)).toEqual([
      'Promises about promotion that keep moving',
      'Managers who punish people for raising problems',
      'People assigning blame instead of figuring out the problem and fixing it',
    ]);
    const rules = await k.ctx.store.listRules();
    const principles = await k.ctx.store.listPrinciples();
    const quoted = (name: string) => principles.find((p) => p.id === rules.find((r) => r.name === name)?.principleId)?.text;
    expect(quoted('blame-culture')).toBe('People assigning blame instead of figuring out the problem and fixing it');
    expect(rules.find((r) => r.name === 'blame-culture')?.params).toMatchObject({ trigger: triggers[2]?.slug });
    expect(quoted('unsatisfied')).toBeUndefined();
  });

  it('keeps the text and says why when nothing can be read, writing nothing', async () => {
    k = await webKeel();
    const before = await k.snapshot();
    const res = await k.post('/welcome/import', { template: 'starter', document: '   \n  ' });
    expect(res.status).toBe(400);
    expect(textOf(await res.text())).toContain('Paste the text of your document first.');
    const bad = await k.post('/welcome/import', { template: 'nope', document: PASTED });
    expect(textOf(await bad.text())).toContain('Choose the starter template or a blank notebook.');
    expect(await k.snapshot()).toBe(before);
  });
});

describe('importing on the document page', () => {
  it("matches leave items to the starter triggers instead of doubling them, keeping the person's wording", async () => {
    k = await setUpKeel();
    const preview = textOf(await (await k.post('/doc/import', { document: PASTED })).text());
    expect(preview).toContain('takes the place of blame');
    const res = await k.post('/doc/import/apply', {
      document: PASTED,
      accept: [...(await (await k.post('/doc/import', { document: PASTED })).text()).matchAll(/name="accept" value="([^"]+)"/g)].map((m) => m[1] as string),
    });
    expect(res.headers.get('location')).toMatch(/^\/doc\?done=imported/);
    const triggers = await k.ctx.store.listTriggers();
    expect(triggers).toHaveLength(12);
    expect(triggers.find((t) => t.slug === 'blame')?.text).toBe('People assigning blame instead of figuring out the problem and fixing it');
    const again = await k.snapshot();
    await k.post('/doc/import/apply', { document: PASTED, accept: [] });
    expect(await k.snapshot()).toBe(again);
  });

  it('imports the Markdown page the same way', async () => {
    k = await setUpKeel();
    const res = await k.post('/doc/import/apply', { document: PAGE, accept: [] });
    expect(res.status).toBe(303);
    expect(textOf(await (await k.get('/doc?done=imported')).text())).toContain('Imported your document.');
  });
});

/** The living document in the browser's terms: sections and principles, add and edit with a reason, history as diffs. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editPrinciple } from '../src/app/doc.service.js';
import { type Fields, setUpKeel, textOf, type WebKeel } from './helpers/web.js';

let k: WebKeel;
beforeEach(async () => {
  k = await setUpKeel();
});
afterEach(() => k.close());

const text = (path: string) => k.text(path);
const refused = (path: string, fields: Fields, status: number, message: string) => k.refused(path, fields, status, message);

describe('the document', () => {
  it('shows each section with its principles and where they came from', async () => {
    const page = await text('/doc');
    expect(page).toContain('Health Mental health and happiness come first');
    expect(page).toContain('Keel starter template Edit or see history of principle 1');
    expect(page.indexOf('Staff engineering')).toBeLessThan(page.indexOf('Coding'));
  });

  it('renders Markdown but never raw HTML', async () => {
    await k.post('/doc/principles', { section: '1', text: 'Take **all** the vacation days. <b>Really</b>' });
    const html = await (await k.get('/doc')).text();
    expect(html).toContain('Take <strong>all</strong> the vacation days. &lt;b&gt;Really&lt;/b&gt;');
  });

  it('adds a principle to a section, with source, date and tags', async () => {
    const res = await k.post('/doc/principles', { section: '5', text: 'Delete code.', source: 'A talk', sourceDate: '2019-06-01', tags: 'code, simplicity' });
    expect(res.headers.get('location')).toMatch(/^\/doc\?done=added#p-\d+$/);
    expect((await k.ctx.store.listPrinciples()).at(-1)).toMatchObject({
      text: 'Delete code.',
      source: 'A talk',
      sourceDate: '2019-06-01',
      tags: ['code', 'simplicity'],
    });
    expect(await text('/doc?done=added')).toContain('Added the principle.');
  });

  it.each<[string, Fields, number, string]>([
    ['no text', { section: '1', text: '' }, 400, 'The principle (Markdown) Needs an answer'],
    ['a bad date', { section: '1', text: 'Rest.', sourceDate: '2019-02-30' }, 400, 'Must be a real date YYYY-MM-DD'],
    ['an unknown section', { section: '99', text: 'Rest.' }, 404, 'No section "99".'],
  ])('refuses a principle with %s', (_, fields, status, message) => refused('/doc/principles', fields, status, message));

  it('adds a section; a duplicate or empty title is refused', async () => {
    expect((await k.post('/doc/sections', { title: 'Learning' })).headers.get('location')).toBe('/doc?done=section');
    expect(await text('/doc')).toContain('Learning No principles in this section yet.');
    await refused('/doc/sections', { title: 'learning' }, 409, 'Section title Is taken by another section.');
    await refused('/doc/sections', { title: '' }, 400, 'Section title Needs an answer.');
  });
});

describe('a principle', () => {
  it('edits with a reason and shows every change as a word diff, newest first', async () => {
    let res = await k.post('/doc/2', { text: 'Be kind to yourself and proud of what you did.', reason: 'Shorter' });
    expect(res.headers.get('location')).toBe('/doc/2?done=edited');
    await editPrinciple(k.ctx, '2', { text: 'Be kind to yourself, and proud of what you did.', reason: 'A pause' });
    const html = await (await k.get('/doc/2?done=edited')).text();
    expect(textOf(html)).toContain('Saved. The old text is in the history below.');
    expect(textOf(html)).toContain('History 2026-11-29 — A pause');
    expect(html).toContain('Be kind to yourself<ins>, </ins>and proud of what you did.');
    expect(html).toContain('proud of what you <del>accomplished</del><ins>did</ins>.');
    expect(html.indexOf('A pause')).toBeLessThan(html.indexOf('Shorter'));
    res = await k.post('/doc/2', { text: 'Be kind to yourself, and proud of what you did.', tags: '' });
    expect(res.headers.get('location')).toBe('/doc/2?done=unchanged');
  });

  it('says so when a principle has no history yet', async () => {
    expect(await text('/doc/3')).toContain('No changes yet: this is the text as first written');
  });

  it('lists the rules and triggers that check it', async () => {
    const page = await text('/doc/6');
    expect(page).toContain('Checked by the rules triggers-cluster');
    expect(page).toContain('Triggers: values');
  });

  it.each<[string, Fields, string]>([
    ['empty text', { text: '' }, 'The principle (Markdown) Needs an answer.'],
    ['a reason over 500 characters', { text: 'New text.', reason: 'r'.repeat(501) }, 'Must be at most 500 characters'],
    ['a bad date', { text: 'New text.', sourceDate: 'soon' }, 'Must be a real date YYYY-MM-DD'],
  ])('refuses an edit with %s', (_, fields, message) => refused('/doc/2', fields, 400, message));

  it('marks a principle reviewed', async () => {
    expect((await k.post('/doc/4/review', {})).headers.get('location')).toBe('/doc/4?done=reviewed');
    expect((await k.ctx.store.getPrinciple(4))?.reviewedAt).toBe(k.ctx.clock.now());
  });

  it('is 404 when it does not exist', async () => {
    expect((await k.get('/doc/999')).status).toBe(404);
    await refused('/doc/999', { text: 'x' }, 404, 'No principle 999');
  });
});

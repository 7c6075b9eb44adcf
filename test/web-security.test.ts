/** The local server's defences: Host, Origin / fetch metadata, the form token, headers, no writes on GET, escaping. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { observe } from '../src/app/triggers.service.js';
import { type ErrorCode, KeelError } from '../src/core/errors.js';
import { statusFor } from '../src/web/errors.js';
import { hostsFor } from '../src/web/security.js';
import { HOST, setUpKeel, type WebKeel, webKeel } from './helpers/web.js';

const GET_PAGES = ['/', '/checkin', '/checkin?week=2026-W40', '/triggers', '/triggers/1', '/brag', '/jobs', '/rules', '/doc', '/doc/1', '/?saved=2026-W48'];
const TRIGGER_FORM = { text: 'Promises about promotion keep moving', weight: '2' };

let k: WebKeel;
beforeEach(async () => {
  k = await setUpKeel();
});
afterEach(() => k.close());

describe('Host header (DNS rebinding)', () => {
  it.each(['evil.example:4321', '127.0.0.1:9999', 'localhost', 'keel.attacker.test'])('refuses Host %s on GET and POST, changing nothing', async (host) => {
    const before = await k.snapshot();
    const get = await k.get('/', { host });
    expect(get.status).toBe(403);
    expect(await get.text()).not.toContain('Globex');
    const post = await k.post('/triggers', TRIGGER_FORM, { headers: { host, origin: `http://${host}` } });
    expect(post.status).toBe(403);
    expect(await k.snapshot()).toBe(before);
  });

  it('refuses a request without a Host header', async () => {
    const res = await k.app.request(`http://${HOST}/`);
    expect(res.status).toBe(403);
  });

  it.each(['127.0.0.1:4321', 'localhost:4321', '[::1]:4321', 'LOCALHOST:4321'])('answers at %s', async (host) => {
    expect((await k.get('/jobs', { host })).status).toBe(200);
  });

  it('lists the loopback names and the bound host with the port', () => {
    expect([...hostsFor(['192.168.1.5', 'fe80::1'], 8080)].sort()).toEqual(
      ['127.0.0.1:8080', '192.168.1.5:8080', '[::1]:8080', '[fe80::1]:8080', 'localhost:8080'].sort(),
    );
  });
});

describe('writes come only from our own pages', () => {
  const refused: [string, Parameters<WebKeel['post']>[2]][] = [
    ['a foreign Origin', { headers: { origin: 'http://evil.example' } }],
    ['Origin null (sandboxed frame)', { headers: { origin: 'null' } }],
    ['our host on another port', { headers: { origin: 'http://127.0.0.1:9999' } }],
    ['Sec-Fetch-Site cross-site without Origin', { headers: { origin: null, 'sec-fetch-site': 'cross-site' } }],
    ['Sec-Fetch-Site same-site', { headers: { 'sec-fetch-site': 'same-site' } }],
    ['no form token', { csrf: null }],
    ['a wrong form token', { csrf: 'guessed-token' }],
  ];
  it.each(refused)('refuses %s with 403 and changes nothing', async (_, opts) => {
    const before = await k.snapshot();
    const res = await k.post('/triggers', TRIGGER_FORM, opts);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Nothing was changed');
    expect(await k.snapshot()).toBe(before);
  });

  it('accepts a same-origin form post (and one from a client that sends no Origin, with the token)', async () => {
    expect((await k.post('/triggers', TRIGGER_FORM)).status).toBe(303);
    expect((await k.post('/triggers', { text: 'Second one' }, { headers: { origin: null, 'sec-fetch-site': null } })).status).toBe(303);
  });

  it('refuses bodies that are not our forms (JSON) with 415', async () => {
    const before = await k.snapshot();
    const res = await k.post('/triggers', TRIGGER_FORM, { headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(415);
    expect(await k.snapshot()).toBe(before);
  });

  it('refuses a body over 256 KB with 413', async () => {
    const res = await k.post('/triggers', { text: 'x'.repeat(300 * 1024) });
    expect(res.status).toBe(413);
  });

  it('has no route that writes on GET: every page leaves the database as it was', async () => {
    const before = await k.snapshot();
    for (const path of [...GET_PAGES, '/welcome', '/welcome/job', '/triggers/1/retire', '/observe']) await k.get(path);
    expect(await k.snapshot()).toBe(before);
  });
});

describe('response headers', () => {
  it.each(['/', '/checkin', '/assets/keel.css', '/nowhere'])('%s carries a strict CSP, nosniff and no CORS', async (path) => {
    const res = await k.get(path, { origin: 'http://evil.example' });
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const d of ["default-src 'none'", "script-src 'none'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
      expect(csp).toContain(d);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect([...res.headers.keys()].filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('pages are not cached', async () => {
    expect((await k.get('/')).headers.get('cache-control')).toBe('no-store');
  });

  it('no page has inline script or style (the CSP would block them)', async () => {
    for (const path of GET_PAGES) {
      const body = await (await k.get(path)).text();
      expect(body, path).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
    }
  });
});

describe('user text is escaped everywhere', () => {
  const attack = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
  it('in triggers, observations, wins, jobs and principles', async () => {
    expect((await k.post('/triggers', { text: attack, slug: 'attack' })).status).toBe(303);
    await observe(k.ctx, { trigger: 'attack', note: attack, observedOn: '2026-11-23' });
    expect((await k.post('/brag', { text: attack, on: '2026-11-20', kind: 'delivered', people: attack })).status).toBe(303);
    const added = await k.post('/doc/principles', { section: '1', text: attack });
    const principle = added.headers.get('location')?.split('#p-')[1];
    for (const path of ['/', '/triggers', '/triggers/11', '/brag', '/doc', `/doc/${principle}`]) {
      const body = await (await k.get(path)).text();
      expect(body, path).not.toContain('<script>alert');
      expect(body, path).not.toContain('<img src=x');
      expect(body, path).toContain('&lt;script&gt;');
    }
  });
});

describe('errors', () => {
  it('maps every KeelError code to one HTTP status', () => {
    const expected: Record<ErrorCode, number> = {
      InvalidInput: 400,
      BadFile: 400,
      NotFound: 404,
      Conflict: 409,
      NotInitialized: 409,
      AlreadyInitialized: 409,
      ForeignDatabase: 500,
      Unavailable: 503,
    };
    for (const [code, status] of Object.entries(expected)) expect(statusFor(new KeelError(code as ErrorCode, 'x'))).toBe(status);
  });

  it('an unknown page is a 404 page', async () => {
    const res = await k.get('/nowhere');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('There is no page here');
  });

  it('a bug is a 500 page that shows no internals', async () => {
    const broken = await webKeel();
    broken.ctx.store.getSetting = () => Promise.reject(new Error('SQLITE_CORRUPT secret detail'));
    const original = console.error;
    console.error = () => {};
    try {
      const res = await broken.get('/jobs');
      expect(res.status).toBe(500);
      expect(await res.text()).not.toContain('SQLITE_CORRUPT');
    } finally {
      console.error = original;
      await broken.close();
    }
  });
});

/** The web UI as one Hono app: guards first, then the pages. Handed a `Ctx`; knows nothing of how it is stored. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Ctx } from '../app/context.js';
import { isInitialized } from '../app/setup.service.js';
import { registerAssets } from './assets.js';
import { errorPage, notFoundPage, onError } from './errors.js';
import type { WebDeps } from './page.js';
import { registerBrag } from './pages/brag.page.js';
import { registerCheckIn } from './pages/check-in.page.js';
import { registerCompare } from './pages/compare.page.js';
import { registerDashboard } from './pages/dashboard.page.js';
import { registerDirection } from './pages/direction.page.js';
import { registerDoc } from './pages/doc.page.js';
import { registerJobs } from './pages/jobs.page.js';
import { registerOpportunities } from './pages/opportunities.page.js';
import { registerOpportunity } from './pages/opportunity/opportunity.page.js';
import { registerPrinciple } from './pages/principle.page.js';
import { registerQuestions } from './pages/questions.page.js';
import { registerReview } from './pages/review.page.js';
import { registerRules } from './pages/rules.page.js';
import { registerTriggers } from './pages/triggers.page.js';
import { registerWelcome } from './pages/welcome.page.js';
import { hostGuard, newCsrfToken, securityHeaders, writeGuard } from './security.js';

export interface WebOptions {
  ctx: Ctx;
  /** The `Host` values this server answers to, e.g. from `hostsFor(['127.0.0.1'], 4321)`. */
  allowedHosts: () => ReadonlySet<string>;
  /** The form token; random per server unless a test pins it. */
  csrfToken?: string;
}

/** Pages that work before setup; every other page sends a new user to onboarding. */
const OPEN_BEFORE_SETUP = /^\/(welcome|assets\/)/;

export function createWebApp(options: WebOptions): Hono {
  const deps: WebDeps = { ctx: options.ctx, csrf: options.csrfToken ?? newCsrfToken() };
  const app = new Hono();
  app.use(securityHeaders());
  app.use(hostGuard(options.allowedHosts));
  app.use(bodyLimit({ maxSize: 256 * 1024, onError: (c) => errorPage(c, 413, 'Too large', 'That form is larger than Keel accepts') }));
  app.use(writeGuard(deps.csrf));
  app.use(async (c, next) => {
    if ((c.req.method === 'GET' || c.req.method === 'HEAD') && !OPEN_BEFORE_SETUP.test(c.req.path) && !(await isInitialized(deps.ctx))) {
      return c.redirect('/welcome', 303);
    }
    await next();
  });
  registerAssets(app);
  for (const register of [
    registerWelcome,
    registerDashboard,
    registerCheckIn,
    registerTriggers,
    registerBrag,
    registerJobs,
    registerDirection,
    registerReview,
    registerRules,
    registerDoc,
    registerPrinciple,
    registerOpportunities,
    registerOpportunity,
    registerCompare,
    registerQuestions,
  ]) {
    register(app, deps);
  }
  app.notFound(notFoundPage);
  app.onError(onError);
  return app;
}

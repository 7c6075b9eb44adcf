/** What every route gets, and how a route answers with a full page. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Ctx } from '../app/context.js';
import { isInitialized } from '../app/setup.service.js';
import { evaluate } from '../app/verdict.service.js';
import { KeelError } from '../core/errors.js';
import type { Verdict } from '../core/verdict.js';
import { statusFor } from './errors.js';
import type { Form } from './form.js';
import { layout, type PageOptions } from './html.js';

export interface WebDeps {
  ctx: Ctx;
  /** The token every form must send back. */
  csrf: string;
}

/** A state a form page is rendered in after a failed post: what was typed and what was wrong. */
export interface FormState {
  /** Which form on the page failed. */
  form: string;
  values: Form;
  /** A message for the whole form (from the use case), or one per field (from the schema). */
  error?: string | undefined;
  fields?: Record<string, string> | undefined;
}

/** Today's verdict, or null before setup. */
export async function verdictNow(ctx: Ctx): Promise<Verdict | null> {
  return (await isInitialized(ctx)) ? evaluate(ctx) : null;
}

export async function page(c: Context, deps: WebDeps, p: Omit<PageOptions, 'verdict'> & { verdict?: Verdict | null; status?: ContentfulStatusCode }) {
  const verdict = p.verdict === undefined ? await verdictNow(deps.ctx) : p.verdict;
  return c.html(layout({ ...p, verdict }), p.status ?? 200);
}

/** Runs a write; a KeelError becomes the re-rendered form with its message (and status), anything else propagates. */
export async function attempt<T>(
  write: () => Promise<T>,
  onDone: (result: T) => Response | Promise<Response>,
  onFail: (message: string, status: ContentfulStatusCode) => Response | Promise<Response>,
): Promise<Response> {
  let result: T;
  try {
    result = await write();
  } catch (e) {
    if (e instanceof KeelError && e.code !== 'NotInitialized') return onFail(e.message, statusFor(e));
    throw e;
  }
  return onDone(result);
}

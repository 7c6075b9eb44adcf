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
  /** The use case's message; a form shows it as a whole only when no field has a message of its own. */
  error?: string | undefined;
  /** Each bad input's message, from the use case, by the form's name for that input. */
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

/**
 * Runs a write; a KeelError becomes the re-rendered form with its message, its status and each bad field
 * (by the use case's name for it, undefined when it names none). NotInitialized and anything else propagate.
 */
export async function attempt<T>(
  write: () => Promise<T>,
  onDone: (result: T) => Response | Promise<Response>,
  onFail: (message: string, status: ContentfulStatusCode, fields: Record<string, string> | undefined) => Response | Promise<Response>,
): Promise<Response> {
  let result: T;
  try {
    result = await write();
  } catch (e) {
    if (e instanceof KeelError && e.code !== 'NotInitialized')
      return onFail(e.message, statusFor(e), Object.keys(e.fields).length ? { ...e.fields } : undefined);
    throw e;
  }
  return onDone(result);
}

/**
 * A use case's fields by the names of the form's inputs: `names` renames those that differ (`{ endedOn: 'on' }`),
 * and an item of a list (`people.1`) belongs to the one input that holds the list (`people`). The first message wins.
 */
export function formFields(fields: Record<string, string> | undefined, names: Record<string, string> = {}): Record<string, string> | undefined {
  if (!fields) return undefined;
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    const name = field.split('.')[0] ?? field;
    out[names[name] ?? name] ??= message;
  }
  return out;
}

/**
 * What a failed form says as a whole: the use case's message when it names no field, else the message of each
 * field that none of the inputs `shown` carries (so every message is said once, beside its input or above them).
 */
export function wholeFormError(s: FormState | undefined, shown: readonly string[]): string | undefined {
  if (!s?.fields) return s?.error;
  const elsewhere = Object.entries(s.fields).flatMap(([name, message]) => (shown.includes(name) ? [] : [message]));
  return elsewhere.length ? elsewhere.join('; ') : undefined;
}

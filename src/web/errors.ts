/** The one place where KeelError codes become HTTP statuses, and the pages that say what went wrong. */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorCode, KeelError } from '../core/errors.js';
import { bare, sentence } from './html.js';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  InvalidInput: 400,
  BadFile: 400,
  NotFound: 404,
  Conflict: 409,
  NotInitialized: 409,
  AlreadyInitialized: 409,
  ForeignDatabase: 500,
  Unavailable: 503,
};

export const statusFor = (e: KeelError): ContentfulStatusCode => STATUS[e.code];

/** A plain page with one message and a way back; nothing was changed. */
export function errorPage(c: Context, status: ContentfulStatusCode, title: string, message: string) {
  return c.html(
    bare(
      title,
      html`<h1>${title}</h1>
<p>${sentence(message)}</p>
<p>Nothing was changed. <a href="/">Back to the dashboard</a></p>`,
    ),
    status,
  );
}

/** For `app.onError`: a KeelError says its message; anything else is a bug, logged on the server only. */
export function onError(e: Error, c: Context) {
  if (e instanceof KeelError) {
    if (e.code === 'NotInitialized') return c.redirect('/welcome', 303);
    return errorPage(c, statusFor(e), e.code === 'NotFound' ? 'Not found' : 'That did not work', e.message);
  }
  console.error(`keel serve: unexpected error on ${c.req.method} ${c.req.path}:`, e);
  return errorPage(c, 500, 'Something went wrong', 'Keel hit a bug. Please report it with what you did (your data stays on your machine; do not attach it)');
}

export const notFoundPage = (c: Context) => errorPage(c, 404, 'Not found', 'There is no page here');

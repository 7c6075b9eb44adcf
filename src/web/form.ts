/** Reading posted forms: text stays text until the use case's schema judges it, so messages can quote what was typed. */
import type { Context } from 'hono';

export type Form = Record<string, string | string[]>;

/** The posted fields; a field sent more than once (checkboxes) becomes a list. Files are ignored. */
export async function readForm(c: Context): Promise<Form> {
  const body = await c.req.parseBody({ all: true });
  const form: Form = {};
  for (const [k, v] of Object.entries(body)) {
    if (typeof v === 'string') form[k] = v;
    else if (Array.isArray(v)) form[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return form;
}

/** One text value (the first, if sent twice); trimmed; empty → undefined. */
export function text(form: Form, key: string): string | undefined {
  const v = form[key];
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s ? s : undefined;
}

/** Every value of a repeated field, trimmed, empties dropped. */
export function list(form: Form, key: string): string[] {
  const v = form[key];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((s) => s.trim()).filter(Boolean);
}

/** A number when it looks like one, else the text itself (so the schema can say what is wrong with it). */
export function num(form: Form, key: string): number | string | undefined {
  const v = text(form, key);
  return v !== undefined && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
}

/** `yes`/`no` → boolean; anything else stays as typed. */
export function yesNo(form: Form, key: string): boolean | string | undefined {
  const v = text(form, key);
  return v === 'yes' ? true : v === 'no' ? false : v;
}

/** The text a field showed, to put back into the form after an error. */
export const fieldValue = (form: Form | undefined, key: string): string => {
  const v = form?.[key];
  return (Array.isArray(v) ? v[0] : v) ?? '';
};

/** A sum as people type it (`185,000`, `185 000`): a number when it looks like one, else the text itself. */
export function amount(form: Form, key: string): number | string | undefined {
  const v = text(form, key);
  const plain = v?.replace(/[\s,_]/g, '');
  return plain !== undefined && /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : v;
}

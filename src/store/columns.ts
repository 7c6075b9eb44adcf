/** How values are stored on every engine: lists and objects as JSON text, counts read back as numbers. */
import type { Generated } from 'kysely';

/** A row as read back: generated columns (ids) hold their plain value. */
export type Row<T> = { [K in keyof T]: T[K] extends Generated<infer U> ? U : T[K] };

export const json = (v: unknown) => JSON.stringify(v);
/** A number read from an aggregate (Postgres returns `count(*)` as a string); 0 when absent. */
export const num = (v: unknown) => Number(v ?? 0);

import type { CreateTableBuilder } from 'kysely';

export type Engine = 'sqlite' | 'postgres';

/** The one place where the engines differ in DDL: an auto-numbered integer primary key. */
export function idColumn<T extends string>(table: CreateTableBuilder<T, never>, engine: Engine): CreateTableBuilder<T, 'id'> {
  return engine === 'postgres'
    ? table.addColumn('id', 'serial', (c) => c.primaryKey())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

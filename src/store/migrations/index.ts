import type { Kysely } from 'kysely';
import * as createTables from './2026_11_29_000000_create_tables.js';
import * as createHuntTables from './2026_11_29_200000_create_hunt_tables.js';
import * as addSectionNote from './2026_12_01_000000_add_section_note.js';
import type { Engine } from './helpers.js';

export interface Migration {
  name: string;
  up(db: Kysely<unknown>, engine: Engine): Promise<void>;
}

/** Every shipped migration, in order. Append new files here; never reorder or rename. */
export const MIGRATIONS: readonly Migration[] = [
  { name: '2026_11_29_000000_create_tables', up: createTables.up },
  { name: '2026_11_29_200000_create_hunt_tables', up: createHuntTables.up },
  { name: '2026_12_01_000000_add_section_note', up: addSectionNote.up },
];

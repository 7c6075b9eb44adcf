/** An in-memory SQLite Keel (the real migrations and store) with a fixed clock, for app-level tests. */

import type { Ctx } from '../../src/app/context.js';
import { fixedClock } from '../../src/app/context.js';
import { openSqlite } from '../../src/store/sqlite.js';
import { createStore } from '../../src/store/store.js';

export async function memoryKeel(today = '2026-11-29'): Promise<Ctx & { close(): Promise<void> }> {
  const clock = fixedClock(today);
  const h = await openSqlite(':memory:', clock.now());
  return { store: createStore(h.db, { engine: 'sqlite' }), clock, close: () => h.db.destroy() };
}

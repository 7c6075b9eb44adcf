/**
 * A writer process for the concurrency test: `n` read-then-write transactions (read a counter,
 * write it back plus one, add a row) through the same store the CLI and the server use.
 * Prints one JSON line: { done, errors, busy }.
 */
import { openSqlite } from '../../src/store/sqlite.js';
import { createStore } from '../../src/store/store.js';

const [db, id, count, mode] = process.argv.slice(2) as [string, string, string, 'immediate' | 'deferred'];
const handle = await openSqlite(db, new Date().toISOString(), mode);
const store = createStore(handle.db, { engine: 'sqlite' });
let done = 0;
let errors = 0;
let busy = 0;
for (let i = 0; i < Number(count); i++) {
  try {
    await store.transaction(async (tx) => {
      const current = Number((await tx.getSetting('counter')) ?? 0);
      await tx.setSetting('counter', String(current + 1));
      await tx.insertAccomplishment({ achievedOn: '2026-11-29', text: `worker ${id} #${i}`, impact: null, kind: 'delivered', people: [] });
    });
    done++;
  } catch (e) {
    errors++;
    if (String((e as { code?: string }).code).startsWith('SQLITE_BUSY')) busy++;
  }
}
await handle.db.destroy();
process.stdout.write(`${JSON.stringify({ done, errors, busy })}\n`);

/**
 * The `Store` port on Kysely: one implementation for SQLite and Postgres, composed of one repository per
 * aggregate (`<table>.repo.ts`, each with its row mapping), the rule facts (facts.ts) and export/import
 * (transfer.ts). Where the engines differ is in engine.ts.
 */
import type { Kysely } from 'kysely';
import type { Store } from '../app/ports.js';
import { accomplishmentsRepo } from './accomplishments.repo.js';
import { checkInsRepo } from './check-ins.repo.js';
import { docRepo } from './doc.repo.js';
import { type Engine, retryBusyBegin } from './engine.js';
import { ruleFacts } from './facts.js';
import { jobsRepo } from './jobs.repo.js';
import { opportunitiesRepo } from './opportunities.repo.js';
import { principlesRepo } from './principles.repo.js';
import { rulesRepo } from './rules.repo.js';
import type { Database, Db } from './schema.js';
import { searchesRepo } from './searches.repo.js';
import { settingsRepo } from './settings.repo.js';
import { transfer } from './transfer.js';
import { triggersRepo } from './triggers.repo.js';

export interface StoreOptions {
  engine: Engine;
  backup?: (path: string) => Promise<void>;
}

export function createStore(db: Db, opts: StoreOptions, inTransaction = false): Store {
  const store: Store = {
    // One repository per aggregate; an area's (`...opportunitiesRepo(db)`) implements its port in app/<area>.ports.ts.
    ...settingsRepo(db),
    ...jobsRepo(db),
    ...principlesRepo(db),
    ...docRepo(db),
    ...triggersRepo(db),
    ...checkInsRepo(db),
    ...accomplishmentsRepo(db),
    ...rulesRepo(db),
    ...searchesRepo(db),
    ...opportunitiesRepo(db),
    facts: ruleFacts(db),
    ...transfer(db, opts.engine),

    async transaction(fn) {
      if (inTransaction) return fn(store);
      return retryBusyBegin((begun) =>
        (db as Kysely<Database>).transaction().execute((tx) => {
          begun();
          return fn(createStore(tx, opts, true));
        }),
      );
    },

    async backup(path) {
      if (!opts.backup) throw new Error('backup is only available on SQLite');
      await opts.backup(path);
    },
  };
  return store;
}

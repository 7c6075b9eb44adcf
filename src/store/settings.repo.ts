/** Settings: one text value per key. */
import type { Store } from '../app/ports.js';
import type { Db } from './schema.js';

export function settingsRepo(db: Db): Pick<Store, 'getSetting' | 'setSetting'> {
  return {
    async getSetting(key) {
      const r = await db.selectFrom('settings').where('key', '=', key).select('value').executeTakeFirst();
      return r?.value ?? null;
    },
    async setSetting(key, value) {
      await db
        .insertInto('settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    },
  };
}

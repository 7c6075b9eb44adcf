import { KeelError } from '../core/errors.js';
import type { Clock, Store } from './ports.js';

/** What every use case runs against. */
export interface Ctx {
  store: Store;
  clock: Clock;
}

/** The system clock in the local calendar (the only place the app reads the time). */
export const systemClock: Clock = {
  today() {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  },
  now: () => new Date().toISOString(),
};

/** A clock stuck at one day, for tests and for reading the past. */
export const fixedClock = (day: string, time = `${day}T12:00:00.000Z`): Clock => ({ today: () => day, now: () => time });

export async function requireInitialized(store: Store): Promise<void> {
  if ((await store.getSetting('initialized_at')) === null) {
    throw new KeelError('NotInitialized', 'Keel is not set up in this database yet', undefined, { see: { place: 'setup' } });
  }
}

/** The passphrase of an encrypted database: KEEL_PASSPHRASE, else asked on a TTY; remembered for one run. */
import { KeelError } from '../core/errors.js';
import type { Io } from './output.js';
import type { Passphrase } from './program.js';

const MIN_LENGTH = 8;

export function makePassphrase(io: Io): Passphrase {
  let remembered: string | undefined;
  return async (db, isNew = false) => {
    if (remembered !== undefined) return remembered;
    const value = io.env.KEEL_PASSPHRASE || (io.stdinIsTTY ? await ask(db, isNew) : undefined);
    if (value === undefined)
      throw new KeelError(
        'InvalidInput',
        `${db} ${isNew ? 'needs a new' : 'is encrypted and needs its'} passphrase`,
        'Set KEEL_PASSPHRASE, or run keel on a terminal to be asked.',
      );
    if (isNew && value.length < MIN_LENGTH)
      throw new KeelError(
        'InvalidInput',
        `the passphrase must be at least ${MIN_LENGTH} characters`,
        'Nothing was changed. A few unrelated words make a good one.',
      );
    remembered = value;
    return value;
  };
}

async function ask(db: string, isNew: boolean): Promise<string> {
  const p = await import('@clack/prompts');
  const stop = (v: string | symbol): string => {
    if (p.isCancel(v)) throw new KeelError('InvalidInput', 'cancelled; nothing was changed', 'Run the command again when you are ready.');
    return v as string;
  };
  const first = stop(await p.password({ message: isNew ? `New passphrase for ${db}` : `Passphrase for ${db}` }));
  if (isNew && stop(await p.password({ message: 'The same passphrase again' })) !== first)
    throw new KeelError(
      'InvalidInput',
      'the two passphrases differ; nothing was changed',
      'Run the command again. Keel cannot recover a forgotten passphrase.',
    );
  return first;
}

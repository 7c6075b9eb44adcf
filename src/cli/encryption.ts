/** The encryption at rest that main.ts wires in, or a clear refusal where a build has none. */
import { KeelError } from '../core/errors.js';
import type { Encryption, Env } from './program.js';

export function encryption(env: Env): Encryption {
  if (!env.encryption) throw new KeelError('Unavailable', 'encryption is not available in this build of Keel', 'Use the keel command line.');
  return env.encryption;
}

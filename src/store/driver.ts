/**
 * The one SQLite driver: better-sqlite3-multiple-ciphers, a build of better-sqlite3 whose SQLite can also
 * encrypt. It opens plain databases as better-sqlite3 does; encryption.ts keys a connection for an encrypted one.
 * It is the only native addon Keel compiles on install.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Driver from 'better-sqlite3-multiple-ciphers';
import bundledDriver from 'better-sqlite3-multiple-ciphers/package.json' with { type: 'json' };
import { KeelError } from '../core/errors.js';

const PACKAGE = 'better-sqlite3-multiple-ciphers';

export type Connection = Driver.Database;

let resolved: { Driver: typeof Driver; addon?: string; root?: string } | undefined;

/** Opens a connection; an addon built for another Node.js becomes a KeelError that says to run `npm rebuild`. */
export function connect(file: string, options: { timeout: number; readonly?: boolean }): Connection {
  resolved ??= resolveDriver();
  const { Driver: Open, addon, root } = resolved;
  try {
    return new Open(file, addon ? { ...options, nativeBinding: addon } : options);
  } catch (e) {
    throw addonError(e, root) ?? e;
  }
}

/**
 * The driver and the path of its compiled addon. Keel's bundle includes the package's JavaScript, which
 * starts much faster than loading it from node_modules, but its own search for the addon (the `bindings`
 * package, which looks beside the calling file) cannot work from a bundle: the addon is found here, where
 * installing the package puts it. When it is not there, or node_modules holds another version than the one
 * bundled (updated since the build), the package is loaded from node_modules, addon and all.
 */
function resolveDriver(): { Driver: typeof Driver; addon?: string; root?: string } {
  const require = createRequire(import.meta.url);
  let root: string | undefined;
  try {
    const manifest = require.resolve(`${PACKAGE}/package.json`);
    const dir = path.dirname(manifest);
    root = path.resolve(dir, '..', '..');
    const addon = path.join(dir, 'build', 'Release', 'better_sqlite3.node');
    const installed = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version?: string }).version;
    if (installed === bundledDriver.version && fs.existsSync(addon)) return { Driver, addon, root };
  } catch {
    // Not resolvable from here: the package's own loading says what is wrong.
  }
  try {
    return { Driver: require(PACKAGE) as typeof Driver, ...(root ? { root } : {}) };
  } catch (e) {
    throw addonError(e, root) ?? e;
  }
}

/**
 * The addon failing to load, said as what to do: after a Node.js upgrade the addon in node_modules was
 * compiled for the old one (`NODE_MODULE_VERSION 115 … requires 137`), and a failed install leaves none.
 */
export function addonError(e: unknown, root?: string): KeelError | undefined {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string } | null)?.code;
  const where = root ? ` in ${root}` : '';
  const hint = `Run npm rebuild${where} (npm start does it when Node.js changed), then try again.`;
  const abi = /NODE_MODULE_VERSION (\d+)\. This version of Node\.js requires\s+NODE_MODULE_VERSION (\d+)/.exec(message);
  if (abi || /compiled against a different Node\.js version/.test(message)) {
    const built = abi ? ` (NODE_MODULE_VERSION ${abi[1]})` : '';
    return new KeelError(
      'Unavailable',
      `the SQLite driver was compiled for another Node.js version${built} than this one (${process.version}, NODE_MODULE_VERSION ${process.versions.modules})`,
      hint,
    );
  }
  if (code === 'ERR_DLOPEN_FAILED' || /Could not locate the bindings file/.test(message)) {
    const first = message.split('\n')[0] ?? '';
    return new KeelError('Unavailable', `the SQLite driver cannot be loaded: ${first}`, hint);
  }
  return undefined;
}

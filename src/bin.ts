/**
 * `keel` entry point. Kept tiny: `--version` answers without loading anything else, and every
 * other command loads the rest of Keel lazily.
 */
import module from 'node:module';

declare const KEEL_VERSION: string;

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${KEEL_VERSION}\n`);
} else {
  // KEEL_DEBUG=1 prints the stack of an unexpected error: through the bundle's source maps it names src/ files.
  if (process.env.KEEL_DEBUG) process.setSourceMapsEnabled(true);
  // Node 22 and later keep the compiled code of every module loaded from here on in a cache on disk (keyed by
  // Node version, V8 flags and file contents), so that later starts skip compiling them; Node 20 has none. It
  // lives with the code it caches, in dist/chunks (a build starts it anew), not in the temporary folder, where
  // Keel writes nothing. NODE_COMPILE_CACHE puts it elsewhere, NODE_DISABLE_COMPILE_CACHE=1 turns it off.
  (module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache?.(`${import.meta.dirname}/chunks/compile-cache`);
  const { main } = await import('./main.js');
  process.exitCode = await main(argv, KEEL_VERSION);
}

/**
 * `keel` entry point. Kept tiny: `--version` answers without loading anything else, and every
 * other command loads the rest of Keel lazily.
 */
declare const KEEL_VERSION: string;

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${KEEL_VERSION}\n`);
} else {
  // KEEL_DEBUG=1 prints the stack of an unexpected error: through the bundle's source maps it names src/ files.
  if (process.env.KEEL_DEBUG) process.setSourceMapsEnabled(true);
  const { main } = await import('./main.js');
  process.exitCode = await main(argv, KEEL_VERSION);
}

/**
 * `keel` entry point. Kept tiny: `--version` answers without loading anything else, and every
 * other command loads the rest of Keel lazily.
 */
declare const KEEL_VERSION: string;

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${KEEL_VERSION}\n`);
} else {
  const { main } = await import('./main.js');
  process.exitCode = await main(argv, KEEL_VERSION);
}

// `npm start`: build dist/ when it is missing or older than the sources, then run `keel serve` on the
// default database (or $KEEL_DB). Extra arguments go to `keel serve`: npm start -- --port 8080
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}dist/keel.mjs`;

const newest = (dir) =>
  Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => statSync(`${e.parentPath}/${e.name}`).mtimeMs),
  );

if (!existsSync(bin) || newest(`${root}src`) > statSync(bin).mtimeMs || statSync(`${root}package.json`).mtimeMs > statSync(bin).mtimeMs) {
  console.error('keel: building…');
  const built = spawnSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit', cwd: root });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const child = spawn(process.execPath, [bin, 'serve', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

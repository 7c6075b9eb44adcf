// `npm start`: build dist/ when it is missing, older than the sources or built by another Node.js (then the
// SQLite driver's addon is rebuilt first if this Node cannot load it: `npm rebuild`), and run `keel serve` on
// the default database (or $KEEL_DB). Extra arguments go to `keel serve`: npm start -- --port 8080
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtForOtherNode, readBuildInfo } from './build-info.mjs';

const DRIVER = 'better-sqlite3-multiple-ciphers';
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}dist/keel.mjs`;

const newest = (dir) =>
  Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => statSync(`${e.parentPath}/${e.name}`).mtimeMs),
  );

const run = (cmd, args, env = process.env) => spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env }).status === 0;

/** The driver's addon, when this Node cannot load it (compiled for another one, or missing). */
function brokenAddon() {
  let addon;
  try {
    addon = path.join(path.dirname(createRequire(bin).resolve(`${DRIVER}/package.json`)), 'build', 'Release', 'better_sqlite3.node');
  } catch {
    return undefined; // not installed at all: keel itself says so
  }
  const probe = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(addon)})`], { encoding: 'utf8' });
  return probe.status === 0 ? undefined : addon;
}

/**
 * `npm rebuild` of the driver for this Node, against its own headers when it has them beside it (Node.js
 * tarballs, distribution packages, version managers): a `nodedir` set in .npmrc for another Node would build
 * an addon this one cannot load.
 */
function rebuildDriver() {
  // This Node first on PATH, so that npm, node-gyp and the install scripts run on it and build for it.
  const env = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` };
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  try {
    const h = readFileSync(path.join(prefix, 'include', 'node', 'node_version.h'), 'utf8');
    const v = ['MAJOR', 'MINOR', 'PATCH'].map((p) => new RegExp(`#define NODE_${p}_VERSION (\\d+)`).exec(h)?.[1]).join('.');
    if (`v${v}` === process.version) env.npm_config_nodedir = prefix;
  } catch {
    // No headers beside this Node: npm finds them as it is configured to.
  }
  // Run by `npm start`, npm says where it is; otherwise the npm on PATH.
  const npm = process.env.npm_execpath;
  return npm ? run(process.execPath, [npm, 'rebuild', DRIVER], env) : run('npm', ['rebuild', DRIVER], env);
}

const otherNode = existsSync(bin) ? builtForOtherNode(readBuildInfo(`${root}dist`)) : undefined;
const outdated =
  !existsSync(bin) || newest(`${root}src`) > statSync(bin).mtimeMs || statSync(`${root}package.json`).mtimeMs > statSync(bin).mtimeMs || otherNode;
if (outdated) {
  if (otherNode) console.error(`keel: ${otherNode}`);
  if (brokenAddon()) {
    console.error(`keel: the SQLite driver was compiled for another Node.js: rebuilding it for ${process.version} (npm rebuild, a minute or two)…`);
    if (!rebuildDriver() || brokenAddon()) {
      console.error(`keel: could not rebuild the SQLite driver for Node.js ${process.version}`);
      console.error(`Run npm rebuild in ${root} and read what it says (a C++ compiler and Python are needed).`);
      process.exit(1);
    }
  }
  console.error('keel: building…');
  if (!run(process.execPath, [`${root}scripts/build.mjs`])) process.exit(1);
}

const child = spawn(process.execPath, [bin, 'serve', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

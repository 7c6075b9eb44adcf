// Which Node.js built dist/ (dist/build-info.json, written by scripts/build.mjs), so that `npm start`
// (scripts/start.mjs) can rebuild for the Node running it: the SQLite driver's addon is compiled for one
// Node.js ABI (NODE_MODULE_VERSION), and the vendor script's code cache is made by the Node that built it.
import fs from 'node:fs';
import path from 'node:path';

export const BUILD_INFO = 'build-info.json';

/** The Node.js running now, as recorded in dist/build-info.json. */
export const currentNode = () => ({ node: process.version, modules: process.versions.modules, platform: process.platform, arch: process.arch });

export function writeBuildInfo(dir) {
  fs.writeFileSync(path.join(dir, BUILD_INFO), `${JSON.stringify(currentNode(), null, 2)}\n`);
}

export function readBuildInfo(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, BUILD_INFO), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Why dist/ was built for another Node.js than `now`, or undefined when it was built by this one. */
export function builtForOtherNode(info, now = currentNode()) {
  if (!info || typeof info.node !== 'string') return 'dist/ does not say which Node.js built it';
  for (const key of ['node', 'modules', 'platform', 'arch']) {
    if (info[key] !== now[key])
      return `dist/ was built by Node.js ${info.node} (${info.platform}-${info.arch}, ABI ${info.modules}); this is ${now.node} (${now.platform}-${now.arch}, ABI ${now.modules})`;
  }
  return undefined;
}

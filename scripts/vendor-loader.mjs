// Part of the built CLI (bundled by scripts/build.mjs, see scripts/vendor.mjs): loads the packages every
// command starts with from one CommonJS script, with a V8 code cache made after a run, so that it holds the
// functions the run compiled too. Node's own module compile cache (Node 22 and later, enabled in bin.ts) is
// made as a module is compiled, before it runs, and saves much less: docs/ARCHITECTURE.md ("Startup") has the
// measurements.
// V8 accepts a cache only from its own version and flags, so each Node version and set of flags has its own
// file, and one that is missing or that V8 refuses is written after the run: after a Node.js upgrade the first
// command compiles as usual and the next ones start from the cache again. A folder Keel cannot write to, or
// any other failure here, only means compiling as usual.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/**
 * What V8 checks a cache against, as part of a file name: the Node version and architecture, and a hash of
 * the flags Node was started with (`v24.22.3-x64-811c9dc5`).
 */
export function runtimeTag(execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? '') {
  const flags = `${execArgv.join(' ')}\n${nodeOptions}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < flags.length; i++) h = Math.imul(h ^ flags.charCodeAt(i), 0x01000193) >>> 0;
  return `${process.version}-${process.arch}-${h.toString(16).padStart(8, '0')}`;
}

/** The cache of the vendor script `name` for this Node and these flags. */
export const cachePath = (name, dir, tag = runtimeTag()) => path.join(dir, `${name}.${tag}.cache`);

/** The script `<dir>/<name>.cjs`, compiled with its cache when there is one. */
export function vendorScript(name, dir, tag = runtimeTag()) {
  const file = path.join(dir, `${name}.cjs`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cachePath(name, dir, tag));
  } catch {
    // No cache: V8 compiles the script as usual.
  }
  // Strict, as the code was when bundled as ES modules.
  return new vm.Script(`(function (exports, require, module) {"use strict";${fs.readFileSync(file, 'utf8')}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
}

/** Runs the vendor script `name` (its name carries a hash of it, so a cache never meets another script). */
export function loadVendor(name, dir) {
  const tag = runtimeTag();
  const script = vendorScript(name, dir, tag);
  const file = path.join(dir, `${name}.cjs`);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module);
  // `cachedDataRejected` is false only for a cache V8 took. The build sets KEEL_BUILD_CODE_CACHE for one
  // representative command (scripts/vendor.mjs) and keeps the cache it writes.
  if (script.cachedDataRejected !== false || process.env.KEEL_BUILD_CODE_CACHE) {
    process.once('exit', () => writeCache(script, cachePath(name, dir, tag)));
  }
  return module.exports;
}

/** Written beside and renamed over, so that another Keel starting meanwhile reads a whole cache or none. */
function writeCache(script, file) {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, file);
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // A folder Keel cannot write to: nothing was written.
    }
  }
}

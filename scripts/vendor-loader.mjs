// Part of the built CLI (bundled by scripts/build.mjs, see scripts/vendor.mjs): loads the packages every
// command starts with from one CommonJS script, with the V8 code cache the build made for it. Node 20 keeps
// no compiled code for ES modules, and compiling these packages is much of a command's start.
// A cache V8 refuses (another Node version, other V8 flags) or a missing one only means compiling as usual.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** The script `<dir>/<name>.cjs`, compiled with its cache `<dir>/<name>.cache` when there is one. */
export function vendorScript(name, dir) {
  const file = path.join(dir, `${name}.cjs`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(path.join(dir, `${name}.cache`));
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
  const script = vendorScript(name, dir);
  const file = path.join(dir, `${name}.cjs`);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module);
  // The build sets this for one representative command and keeps what it writes as the cache: made after
  // the run, the cache holds the functions the command ran too, compiled.
  const out = process.env.KEEL_BUILD_CODE_CACHE;
  if (out) process.once('exit', () => fs.writeFileSync(out, script.createCachedData()));
  return module.exports;
}

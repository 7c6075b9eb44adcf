// `npm start` rebuilds for the Node.js running it: dist/ records which one built it (scripts/build-info.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_INFO, builtForOtherNode, currentNode, readBuildInfo } from '../scripts/build-info.mjs';
import { ROOT } from './helpers/cli.js';

const DIST = path.join(ROOT, 'dist');

describe('which Node.js built dist/', () => {
  it('is recorded by the build: this one, for npm test built it', () => {
    expect(fs.existsSync(path.join(DIST, BUILD_INFO))).toBe(true);
    expect(readBuildInfo(DIST)).toEqual({ node: process.version, modules: process.versions.modules, platform: process.platform, arch: process.arch });
    expect(builtForOtherNode(readBuildInfo(DIST))).toBeUndefined();
  });

  it('tells another Node.js, or a dist/ that does not say', () => {
    const now = currentNode();
    expect(builtForOtherNode({ ...now, node: 'v20.19.0', modules: '115' }, { ...now, node: 'v24.22.3', modules: '137' })).toBe(
      `dist/ was built by Node.js v20.19.0 (${now.platform}-${now.arch}, ABI 115); this is v24.22.3 (${now.platform}-${now.arch}, ABI 137)`,
    );
    // A patch release keeps the ABI but not V8's code cache: still rebuilt.
    expect(builtForOtherNode({ ...now, node: 'v0.0.1' })).toMatch(/^dist\/ was built by Node\.js v0\.0\.1 /);
    expect(builtForOtherNode(undefined)).toBe('dist/ does not say which Node.js built it');
    expect(readBuildInfo(path.join(ROOT, 'no-such-dir'))).toBeUndefined();
  });
});

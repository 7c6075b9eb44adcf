// Fails when a lower layer imports a higher one (STYLE.md): core → core; app → core; store, cli, web → app, core.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');
const ALLOWED: Record<string, string[]> = {
  core: ['core'],
  app: ['app', 'core'],
  store: ['store', 'app', 'core'],
  cli: ['cli', 'app', 'core'],
  web: ['web', 'app', 'core'],
};
const NODE_IN_CORE = /^(node:|fs$|path$|os$|child_process$|http$|net$|kysely$|better-sqlite3(-multiple-ciphers)?$|pg$|hono)/;

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2]) as string,
  );
}

describe('layers', () => {
  it('finds the imports the check relies on', () => {
    expect(importsOf("import { a } from '../core/x.js';\nconst m = await import('./main.js');\nexport type { B } from './b.js';")).toEqual([
      '../core/x.js',
      './main.js',
      './b.js',
    ]);
  });

  it('no module imports a layer above its own, and core does no I/O', () => {
    const violations: string[] = [];
    for (const file of files(SRC)) {
      const layer = path.relative(SRC, file).split(path.sep)[0] as string;
      const allowed = ALLOWED[layer];
      if (!allowed) continue; // composition roots (main.ts, bin.ts) may import anything
      for (const spec of importsOf(fs.readFileSync(file, 'utf8'))) {
        if (spec.startsWith('.')) {
          const target = path.relative(SRC, path.resolve(path.dirname(file), spec)).split(path.sep)[0] as string;
          if (!allowed.includes(target)) violations.push(`${path.relative(SRC, file)} imports ${spec} (${layer} → ${target})`);
        } else if (layer === 'core' && NODE_IN_CORE.test(spec)) {
          violations.push(`${path.relative(SRC, file)} imports ${spec} (core must stay pure)`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('app and core speak the domain: no command-line flag and no keel command, outside tests', () => {
    // A flag is `--word` in a string or template; a command is `keel <word>`. Comments count too: they teach the next engineer.
    const FLAG = /(?:^|['"`\s])--[a-z][a-z-]*(?=[\s'"`,.:]|$)(?!\s*[=!<>]=)/;
    const COMMAND = /\bkeel [a-z]+\b/;
    const found: string[] = [];
    for (const layer of ['app', 'core']) {
      for (const file of files(path.join(SRC, layer))) {
        if (file.endsWith('.test.ts')) continue;
        for (const [i, line] of fs.readFileSync(file, 'utf8').split('\n').entries()) {
          if (FLAG.test(line) || COMMAND.test(line)) found.push(`${path.relative(SRC, file)}:${i + 1}: ${line.trim().slice(0, 120)}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('the check above finds flags and commands', () => {
    const FLAG = /(?:^|['"`\s])--[a-z][a-z-]*(?=[\s'"`,.:]|$)(?!\s*[=!<>]=)/;
    const COMMAND = /\bkeel [a-z]+\b/;
    expect(FLAG.test("throw invalid('give --on a date')")).toBe(true);
    expect(COMMAND.test("'See them with: keel trigger list'")).toBe(true);
    expect(FLAG.test("if (--depth === 0) return; // Keel's rules")).toBe(false);
    expect(FLAG.test('h2{border-bottom:1px solid var(--rule)}')).toBe(false);
  });

  it('CLI commands do not import each other: what they share lives in src/cli', () => {
    const dir = path.join(SRC, 'cli', 'commands');
    const found: string[] = [];
    for (const file of files(dir)) {
      for (const spec of importsOf(fs.readFileSync(file, 'utf8'))) if (spec.startsWith('./')) found.push(`${path.basename(file)} imports ${spec}`);
    }
    expect(found).toEqual([]);
  });
});

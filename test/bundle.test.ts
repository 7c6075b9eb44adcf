// What the bundle loads, read from esbuild's metafile (dist/meta.json, written by `npm run build`):
// the read commands never load the validation library, and every chunk has its source map.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

interface Output {
  entryPoint?: string;
  inputs: Record<string, unknown>;
  imports: { path: string; kind: string }[];
}

const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', 'meta.json'), 'utf8')) as { outputs: Record<string, Output> };
/** Output paths without the temporary build folder they were written in. */
const outputs = new Map(Object.entries(meta.outputs).map(([file, o]) => [file.replace(/^\.build-\d+\//, ''), o]));
const name = (file: string) => file.replace(/^\.build-\d+\//, '');

/** Every chunk a module's chunk loads before its code runs: static imports, followed to the end. */
function loadedWith(entry: string): Set<string> {
  const start = [...outputs].find(([, o]) => o.entryPoint === entry)?.[0];
  if (!start) throw new Error(`no chunk has the entry ${entry}`);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of outputs.get(file)?.imports ?? []) if (i.kind === 'import-statement' && outputs.has(name(i.path))) visit(name(i.path));
  };
  visit(start);
  return seen;
}

const holding = (source: RegExp) => [...outputs].filter(([, o]) => Object.keys(o.inputs).some((i) => source.test(i))).map(([file]) => file);

describe('the bundle', () => {
  it('puts zod in chunks of its own that the read commands never load', () => {
    const zod = holding(/node_modules\/zod\//);
    expect(zod.length).toBeGreaterThan(0);
    // Each read: the command's module, then the use cases it loads on demand.
    const reads: Record<string, string[]> = {
      'keel status': ['src/cli/commands/status.command.ts', 'src/app/verdict.service.ts'],
      'keel job list': ['src/cli/commands/job.command.ts', 'src/app/queries.ts'],
      'keel trigger list': ['src/cli/commands/trigger.command.ts', 'src/app/queries.ts'],
      'keel brag list': ['src/cli/commands/brag.command.ts', 'src/app/queries.ts'],
    };
    for (const [command, modules] of Object.entries(reads)) {
      const loaded = new Set(modules.flatMap((m) => [...loadedWith(m)]));
      expect(
        zod.filter((z) => loaded.has(z)),
        command,
      ).toEqual([]);
    }
    // The negative control: a write does load it.
    expect(zod.some((z) => loadedWith('src/app/check-in.service.ts').has(z))).toBe(true);
  });

  it('links a source map to every chunk, naming files under src/', () => {
    const chunks = fs.readdirSync(path.join(ROOT, 'dist', 'chunks')).filter((f) => f.endsWith('.mjs'));
    for (const chunk of chunks) expect(fs.existsSync(path.join(ROOT, 'dist', 'chunks', `${chunk}.map`)), chunk).toBe(true);
    const status = [...outputs].find(([, o]) => o.entryPoint === 'src/cli/commands/status.command.ts')?.[0] as string;
    const map = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', `${status}.map`), 'utf8')) as { sources: string[] };
    expect(map.sources.some((s) => s.endsWith('src/cli/commands/status.command.ts'))).toBe(true);
  });
});

// The table of command modules in cli/program.ts: `keel status` loads only the module that owns `status`,
// so the table must name exactly the top-level commands each module registers.
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandsFor, type Env } from '../src/cli/program.js';

const all = commandsFor([]);
const registered = async (load: () => Promise<(program: Command, env: Env) => void>): Promise<string[]> => {
  const program = new Command('keel');
  (await load())(program, { out: {}, io: { env: {} } } as unknown as Env);
  return program.commands.map((c) => c.name());
};

describe('command table', () => {
  it('names exactly the commands each module registers, each once', async () => {
    for (const entry of all) expect(await registered(entry.load)).toEqual(entry.names);
    const names = all.flatMap((c) => c.names);
    expect(new Set(names).size).toBe(names.length);
  });

  it('shows an example in the --help of every command that runs', async () => {
    const program = new Command('keel');
    for (const entry of all) (await entry.load())(program, { out: {}, io: { env: {} } } as unknown as Env);
    const leaves = (c: Command): Command[] => (c.commands.length ? c.commands.flatMap(leaves) : [c]);
    const path = (c: Command): string => (c.parent ? `${path(c.parent)} ${c.name()}` : c.name());
    const missing = program.commands.flatMap(leaves).filter((c) => {
      const help: string[] = [];
      c.configureOutput({ writeOut: (s) => help.push(s) });
      c.outputHelp();
      return !/Examples?:\n {2}.*\bkeel /.test(help.join(''));
    });
    expect(missing.map(path)).toEqual([]);
  });

  it('loads one module for a command, and every module otherwise', () => {
    expect(commandsFor(['status', '--json'])).toEqual([all.find((c) => c.names.includes('status'))]);
    expect(commandsFor(['observe', 'blame'])).toEqual([all.find((c) => c.names.includes('trigger'))]);
    expect(commandsFor(['import', 'x.json'])).toEqual([all.find((c) => c.names.includes('export'))]);
    for (const argv of [[], ['--help'], ['-h'], ['help', 'status'], ['--version'], ['stauts'], ['--json', 'status']]) expect(commandsFor(argv)).toBe(all);
  });
});

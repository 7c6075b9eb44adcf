/** The `keel` command line: commander wiring, and the one place where errors become exit codes. */
import os from 'node:os';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { type Ctx, fixedClock, systemClock } from '../app/context.js';
import type { Clock } from '../app/ports.js';
import { KeelError } from '../core/errors.js';
import { isValidDate } from '../core/iso-week.js';
import { explainError } from './errors.js';
import { type Io, makeOut, type Out } from './output.js';
import { makePassphrase } from './passphrase.js';

export interface KeelSession {
  ctx: Ctx;
  dbPath: string;
  close(): Promise<void>;
}

export interface CliDeps {
  io: Io;
  version: string;
  /** `passphrase` is called only when the database is encrypted. */
  open(dbPath: string, clock: Clock, passphrase?: Passphrase): Promise<KeelSession>;
  /** Encryption at rest; wired in main.ts, since the CLI never imports src/store. */
  encryption?: Encryption;
  /** Starts the web UI over an open Ctx; wired in main.ts, since the CLI never imports src/web. */
  serveWeb?: ServeWeb;
}

/** Asks for (or reads from KEEL_PASSPHRASE) the passphrase of `db`; `isNew` asks twice and checks it. */
export type Passphrase = (db: string, isNew?: boolean) => Promise<string>;

export interface Encryption {
  isEncrypted(db: string): boolean;
  /** Prepares a new database to be encrypted from its first page. */
  create(db: string): void;
  encrypt(db: string, passphrase: string): Promise<void>;
  decrypt(db: string, passphrase: string): Promise<void>;
}

export type ServeWeb = (ctx: Ctx, options: { host: string; port: number }) => Promise<{ url: string; close(): Promise<void> }>;

interface GlobalOpts {
  db?: string;
  json?: boolean;
}

/** What each command's action receives. */
export interface Env {
  out: Out;
  io: Io;
  clock: Clock;
  /** Opens the database named by --db / KEEL_DB / the default, runs `fn`, and closes it. */
  withKeel<T>(opts: GlobalOpts, fn: (ctx: Ctx, session: KeelSession) => Promise<T>): Promise<T>;
  dbPath(opts: GlobalOpts): string;
  passphrase: Passphrase;
  encryption?: Encryption;
  serveWeb?: ServeWeb;
}

/** `--db` > `KEEL_DB` > `$XDG_DATA_HOME/keel/keel.db` > `~/.local/share/keel/keel.db`. */
function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  if (flag) return flag;
  if (env.KEEL_DB) return env.KEEL_DB;
  const base = env.XDG_DATA_HOME || path.join(env.HOME || os.homedir(), '.local', 'share');
  return path.join(base, 'keel', 'keel.db');
}

/** Adds the options every command takes. */
export const common = (cmd: Command): Command =>
  cmd.option('--db <path>', 'database file (default: $KEEL_DB or ~/.local/share/keel/keel.db)').option('--json', 'print JSON for programs');

type Register = (program: Command, env: Env) => void;

/**
 * Every command module, in the order `keel --help` lists them, with the top-level commands each one
 * registers. A command's module is loaded only when it runs: `keel status` reads one module, not all.
 */
const COMMANDS: readonly { names: readonly string[]; load: () => Promise<Register> }[] = [
  { names: ['init'], load: async () => (await import('./commands/init.command.js')).registerInit },
  { names: ['job'], load: async () => (await import('./commands/job.command.js')).registerJob },
  { names: ['trigger', 'observe'], load: async () => (await import('./commands/trigger.command.js')).registerTrigger },
  { names: ['checkin'], load: async () => (await import('./commands/check-in.command.js')).registerCheckIn },
  { names: ['status'], load: async () => (await import('./commands/status.command.js')).registerStatus },
  { names: ['brag'], load: async () => (await import('./commands/brag.command.js')).registerBrag },
  { names: ['rules'], load: async () => (await import('./commands/rules.command.js')).registerRules },
  { names: ['export', 'import', 'backup', 'purge'], load: async () => (await import('./commands/data.command.js')).registerData },
  { names: ['encrypt', 'decrypt'], load: async () => (await import('./commands/encryption.command.js')).registerEncryption },
  { names: ['doc'], load: async () => (await import('./commands/doc.command.js')).registerDoc },
  { names: ['search'], load: async () => (await import('./commands/search.command.js')).registerSearch },
  {
    names: ['opp'],
    load: async () => {
      const [opp, interview, compare] = await Promise.all([
        import('./commands/opp.command.js'),
        import('./commands/opp-interview.command.js'),
        import('./commands/opp-compare.command.js'),
      ]);
      return (program, env) => {
        const command = opp.registerOpp(program, env);
        interview.registerOppInterview(command, env);
        compare.registerOppCompare(command, env);
      };
    },
  },
  { names: ['question'], load: async () => (await import('./commands/question.command.js')).registerQuestion },
  { names: ['direction'], load: async () => (await import('./commands/direction.command.js')).registerDirection },
  { names: ['review'], load: async () => (await import('./commands/review.command.js')).registerReview },
  { names: ['remind'], load: async () => (await import('./commands/remind.command.js')).registerRemind },
  { names: ['serve'], load: async () => (await import('./commands/serve.command.js')).registerServe },
];

/**
 * The command modules `argv` needs: the one that owns its first word, or every one (for help, a
 * version, a mistyped command and its "did you mean", or anything else that is not a command).
 */
export function commandsFor(argv: readonly string[]): typeof COMMANDS {
  const first = argv[0];
  const owner = first === undefined ? undefined : COMMANDS.find((c) => c.names.includes(first));
  return owner ? [owner] : COMMANDS;
}

export async function run(argv: string[], deps: CliDeps): Promise<number> {
  const { io } = deps;
  const out = makeOut(io);
  // KEEL_TODAY pins "today" (for scripted replays and tests); it never changes stored timestamps' format.
  const today = io.env.KEEL_TODAY;
  const clock = today && isValidDate(today) ? fixedClock(today, `${today}T12:00:00.000Z`) : systemClock;
  const passphrase = makePassphrase(io);
  const env: Env = {
    out,
    io,
    clock,
    dbPath: (opts) => resolveDbPath(opts.db, io.env),
    passphrase,
    ...(deps.encryption ? { encryption: deps.encryption } : {}),
    ...(deps.serveWeb ? { serveWeb: deps.serveWeb } : {}),
    async withKeel(opts, fn) {
      const session = await deps.open(resolveDbPath(opts.db, io.env), clock, passphrase);
      try {
        return await fn(session.ctx, session);
      } finally {
        await session.close();
      }
    },
  };

  const program = new Command('keel')
    .description('Keel keeps a career on an even keel: your principles, a weekly check-in, and an explained verdict.')
    .version(deps.version, '-v, --version')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => {},
    })
    .addHelpText(
      'after',
      `
Examples:
  keel init                                  set up with the starter template
  keel job start Acme --title "Staff Engineer" --since 2024-06-03
  keel checkin --hours 38 --quality 4 --satisfaction 4 --energy 3 --growth 4 --respected yes
  keel observe blame --note "Postmortem turned into finger-pointing"
  keel status                                the verdict, with reasons

Data lives in one file: --db, else $KEEL_DB, else $XDG_DATA_HOME/keel/keel.db. Nothing is sent anywhere.`,
    );

  for (const register of await Promise.all(commandsFor(argv).map((c) => c.load()))) register(program, env);
  for (const c of program.commands) {
    c.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => {} });
    for (const sub of c.commands)
      sub.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => {} });
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    return report(e, out, commandPath(program, argv), clock.today(), io.env);
  }
}

/**
 * The command that ran, as its words (`opp move`, `checkin`): the first word when it names a command,
 * and the second when it names one of its subcommands. Options and their values are never words.
 */
function commandPath(program: Command, argv: readonly string[]): string {
  const words: string[] = [];
  let scope: Command | undefined = program;
  for (let i = 0; i < argv.length && scope; i++) {
    const a = argv[i] as string;
    if (a === '--db') i++;
    if (a.startsWith('-')) continue;
    const found: Command | undefined = scope.commands.find((c) => c.name() === a || c.aliases().includes(a));
    if (!found) break;
    words.push(found.name());
    scope = found.commands.length ? found : undefined;
  }
  return words.join(' ');
}

/** Maps every error to one line on stderr, a hint, and an exit code (2 = usage, 1 = failure). */
function report(e: unknown, out: Out, command: string, today: string, env: NodeJS.ProcessEnv): number {
  if (e instanceof CommanderError) {
    if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(e.code)) return 0;
    out.note(`keel: ${e.message.replace(/^error: /, '').split('\n')[0]}`);
    out.note(`Try: keel ${command ? `${command} ` : ''}--help`);
    return 2;
  }
  if (e instanceof KeelError) {
    const said = explainError(e, command, today);
    out.note(`keel: ${said.message}`);
    for (const line of said.notes) out.note(line);
    return e.code === 'InvalidInput' ? 2 : 1;
  }
  const err = e as Error;
  out.note(`keel: unexpected error: ${err?.message ?? String(e)}`);
  out.note('This is a bug in Keel. Please report it with the command you ran (your data stays on your machine; do not attach it).');
  if (env.KEEL_DEBUG) out.note(err?.stack ?? '');
  return 1;
}

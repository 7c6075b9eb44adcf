/** How the CLI speaks: results on stdout, messages on stderr, colour only on a TTY and never with NO_COLOR. */
import type { Writable } from 'node:stream';

export interface Io {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdinIsTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export interface Out {
  /** A result line on stdout. */
  line(text?: string): void;
  /** Machine output: one JSON document on stdout. */
  json(value: unknown): void;
  /** A message for the person on stderr (next steps, confirmations). */
  note(text: string): void;
  color: boolean;
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  amber(s: string): string;
  red(s: string): string;
}

export function makeOut(io: Io): Out {
  const color = Boolean(io.stdout.isTTY) && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && io.env.TERM !== 'dumb';
  const wrap = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return {
    line: (text = '') => io.stdout.write(`${text}\n`),
    json: (value) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    note: (text) => io.stderr.write(`${text}\n`),
    color,
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    green: wrap(32, 39),
    amber: wrap(33, 39),
    red: wrap(31, 39),
  };
}

/** Pads each column to its widest cell. */
export function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const r of rows) {
    for (const [i, c] of r.entries()) widths[i] = Math.max(widths[i] ?? 0, c.length);
  }
  return rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** The first line of a text, cut to `max` characters with an ellipsis when anything is left out. */
export const firstLine = (text: string, max: number): string => {
  const line = text.split('\n')[0] ?? '';
  return line.length > max || text.includes('\n') ? `${line.slice(0, max - 1).trimEnd()}…` : line;
};

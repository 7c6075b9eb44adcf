import type { Command } from 'commander';
import { invalid, KeelError } from '../../core/errors.js';
import { common, type Env } from '../program.js';

/** `localhost`, `::1` and 127.0.0.0/8 reach only this machine. */
export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535) throw invalid(`--port must be a whole number 0–65535 (got "${value}")`, 'Try: keel serve --port 4321');
  return port;
}

export function registerServe(program: Command, env: Env): void {
  common(
    program
      .command('serve')
      .description('the web UI on this machine (stop it with Ctrl+C)')
      .option('--port <n>', 'port to listen on (0 picks a free one)', '4321')
      .option('--host <address>', 'address to listen on; anything but loopback exposes your data to the network', '127.0.0.1'),
  )
    .addHelpText('after', '\nExamples:\n  keel serve\n  keel serve --port 8080\n  npm start                 builds if needed, then runs keel serve')
    .action(async (o: { port: string; host: string; db?: string; json?: boolean }) => {
      const port = parsePort(o.port);
      const host = o.host.trim();
      if (!host) throw invalid('--host must not be empty', 'Try: keel serve --host 127.0.0.1');
      const serveWeb = env.serveWeb;
      if (!serveWeb) throw new KeelError('Unavailable', 'this build of keel has no web UI', 'Run it from the keel package: npm start');
      if (!isLoopback(host)) {
        env.out.note(`keel: warning: listening on ${host}: anyone who can reach this machine on the network can read and change your Keel data.`);
      }
      await env.withKeel(o, async (ctx) => {
        const server = await serveWeb(ctx, { host, port });
        if (o.json) env.out.json({ url: server.url });
        else env.out.line(`Keel is running at ${server.url}`);
        env.out.note('Press Ctrl+C to stop.');
        const signal = await new Promise<string>((resolve) => {
          for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, () => resolve(s));
        });
        await server.close();
        env.out.note(`Stopped (${signal}).`);
      });
    });
}

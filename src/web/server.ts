/** Serves the web app on Node over one open `Ctx` until `close()`. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { createAdaptorServer } from '@hono/node-server';
import type { Ctx } from '../app/context.js';
import { KeelError } from '../core/errors.js';
import { createWebApp } from './app.js';
import { hostsFor } from './security.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const WILDCARD = new Set(['0.0.0.0', '::', '[::]']);

/** The names a browser may use to reach us: loopback, the bound host, and every interface address when bound to all. */
function hostnames(host: string): string[] {
  if (!WILDCARD.has(host)) return [host];
  return Object.values(os.networkInterfaces())
    .flat()
    .flatMap((i) => (i ? [i.address] : []));
}

export async function startServer(ctx: Ctx, options: { host: string; port: number; csrfToken?: string }): Promise<RunningServer> {
  let allowed: ReadonlySet<string> = new Set();
  const app = createWebApp({ ctx, allowedHosts: () => allowed, ...(options.csrfToken ? { csrfToken: options.csrfToken } : {}) });
  const server = createAdaptorServer({ fetch: app.fetch, hostname: options.host }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      const hint = `Try another: keel serve --port ${options.port === 0 ? 4321 : options.port + 1}`;
      if (e.code === 'EADDRINUSE') reject(new KeelError('Unavailable', `port ${options.port} on ${options.host} is already in use`, hint));
      else
        reject(new KeelError('Unavailable', `cannot listen on ${options.host}:${options.port} (${e.code ?? e.message})`, 'Try: keel serve --host 127.0.0.1'));
    });
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowed = hostsFor(hostnames(options.host), port);
  const shown = WILDCARD.has(options.host) ? '127.0.0.1' : options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// Preloaded with `node --import` in the no-network test: records (and refuses) every attempt to
// reach anything but loopback, by DNS, TCP, TLS, HTTP, fetch or UDP, into $KEEL_NET_LOG.

import dgram from 'node:dgram';
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';
import net from 'node:net';

const log = process.env.KEEL_NET_LOG;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;
const record = (what) => {
  if (log) appendFileSync(log, `${process.pid} ${what}\n`);
};
const hostOf = (args) => {
  const [a, b] = args;
  if (typeof a === 'object' && a !== null) return a.host ?? a.hostname ?? (a.path ? 'unix-socket' : 'localhost');
  if (typeof a === 'number') return typeof b === 'string' ? b : 'localhost';
  return typeof a === 'string' && !/^\d+$/.test(a) ? 'unix-socket' : 'localhost';
};

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guarded(...args) {
  const host = hostOf(Array.isArray(args[0]) ? args[0] : args);
  if (host !== 'unix-socket' && !LOOPBACK.test(String(host))) {
    record(`connect ${host}`);
    throw new Error(`keel test: network access to ${host} is forbidden`);
  }
  return connect.apply(this, args);
};
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) {
  const original = dns[name];
  dns[name] = function guarded(host, ...rest) {
    if (!LOOPBACK.test(String(host))) record(`dns ${name} ${host}`);
    return original.call(this, host, ...rest);
  };
}
const originalFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(typeof input === 'string' ? input : input.url);
  if (!LOOPBACK.test(url.hostname.replace(/^\[|\]$/g, ''))) record(`fetch ${url.href}`);
  return originalFetch(input, init);
};
const send = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function guarded(...args) {
  record('udp send');
  return send.apply(this, args);
};

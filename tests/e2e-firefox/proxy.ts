/**
 * Firefox has no `--host-resolver-rules`: it is pointed at this HTTP proxy instead (see
 * `harness.ts` for the prefs), which sends every request, for any host, to the fixture sites.
 * Plain HTTP is forwarded to the fixture HTTP server with its Host header intact; HTTPS arrives
 * as CONNECT and is tunnelled to the fixture HTTPS server, whose self-signed certificate the
 * WebDriver session accepts (`acceptInsecureCerts`).
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';

export interface FixtureProxy {
  port: number;
  close(): Promise<void>;
}

export async function startFixtureProxy(httpPort: number, httpsPort: number): Promise<FixtureProxy> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    // A proxied request names the whole URL; the fixture server wants a path and the Host header.
    const target = new URL(req.url ?? '/', `http://${req.headers.host ?? 'unknown'}`);
    const upstream = request(
      {
        host: '127.0.0.1',
        port: httpPort,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (_req, client: Socket, head: Buffer) => {
    const tunnel = connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) tunnel.write(head);
      tunnel.pipe(client);
      client.pipe(tunnel);
    });
    for (const s of [tunnel, client]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        tunnel.destroy();
        client.destroy();
      });
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const port = await new Promise<number>((done) =>
    server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)),
  );
  return {
    port,
    close: () =>
      new Promise((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}

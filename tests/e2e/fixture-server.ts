/**
 * Local fixture sites for the browser tests. Chromium resolves every host to these servers
 * (`--host-resolver-rules`), so `http://help.test/` or `https://www.google.com/search?q=…` load
 * from here, offline. HTTPS uses a throwaway self-signed certificate made with openssl.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttp, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');

export interface FixtureServer {
  httpPort: number;
  httpsPort: number;
  /** `--host-resolver-rules` value sending every host to these servers. */
  resolverRules: string;
  /** `host/path?query` of every request, oldest first (beacons included). */
  log: string[];
  /**
   * Pages to serve at an address (`host/path?query`, host in lower case): their title (none when
   * `title` is empty) and body HTML. Other addresses get the default page titled by the address.
   */
  pages: Map<string, { title: string; body?: string }>;
  close(): Promise<void>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function handle(
  log: string[],
  pages: FixtureServer['pages'],
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const host = (req.headers.host ?? 'unknown').replace(/:\d+$/, '');
  const url = new URL(req.url ?? '/', `http://${host}`);
  log.push(`${host}${url.pathname}${url.search}`);
  if (url.pathname === '/beacon') {
    res.end('');
    return;
  }
  const file = join(PAGES, url.pathname.replace(/^\/+/, ''));
  res.setHeader('cache-control', 'no-store');
  if (url.pathname.endsWith('.html') && file.startsWith(PAGES) && existsSync(file)) {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(readFileSync(file, 'utf8').replaceAll('{{host}}', escapeHtml(host)));
    return;
  }
  if (url.pathname.endsWith('.pdf')) {
    res.setHeader('content-type', 'application/octet-stream');
    res.setHeader('content-disposition', 'attachment; filename="leaflet.pdf"');
    res.end('%PDF-1.4 fixture');
    return;
  }
  res.setHeader('content-type', 'text/html; charset=utf-8');
  const page = pages.get(`${host.toLowerCase()}${url.pathname}${url.search}`);
  if (page) {
    const head = page.title ? `<title>${escapeHtml(page.title)}</title>` : '';
    res.end(
      `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${page.body ?? ''}</body></html>`,
    );
    return;
  }
  const title = `${host}${url.pathname}${url.search}`;
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
      `<body><h1>${escapeHtml(title)}</h1><p><input aria-label="field"></p></body></html>`,
  );
}

function certificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'waypoint-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=waypoint-fixtures',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

const listen = (server: ReturnType<typeof createHttp>) =>
  new Promise<number>((done) =>
    server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)),
  );

export async function startFixtureServer(): Promise<FixtureServer> {
  const log: string[] = [];
  const pages: FixtureServer['pages'] = new Map();
  const http = createHttp((req, res) => handle(log, pages, req, res));
  const https = createHttps(certificate(), (req, res) => handle(log, pages, req, res));
  const [httpPort, httpsPort] = await Promise.all([listen(http), listen(https as never)]);
  return {
    httpPort,
    httpsPort,
    resolverRules: `MAP *:443 127.0.0.1:${httpsPort}, MAP * 127.0.0.1:${httpPort}, EXCLUDE localhost`,
    log,
    pages,
    close: () =>
      new Promise((done) => {
        http.closeAllConnections();
        https.closeAllConnections();
        http.close(() => https.close(() => done()));
      }),
  };
}

// One local server for tests, `npm start` and the benchmark: pages by their real address (the
// browser reaches it for Sina hosts through --host-resolver-rules, see chromium.ts) or by a local
// path; everything else is a fast 404, so nothing a page asks for reaches the network. With `tls`
// it serves https on a certificate made with openssl at start (the clipboard needs a secure context).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttp, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { charsetOf } from './fixtures';

export interface Page {
  body: string | Uint8Array;
  /** Content type; by default HTML in the charset the bytes are in. */
  type?: string;
  /** Cross-origin isolated (COOP + COEP): `performance.now()` then has 5 µs resolution, not 100 µs. */
  isolated?: boolean;
}

export interface PageServer {
  port: number;
  origin: string;
  /** Serve `page` at a full address (`https://finance.sina.com.cn/…`) or a local path (`/f/x.html`). */
  set(where: string, page: Page): void;
  has(url: string): boolean;
  close(): Promise<void>;
}

function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'sina-clean-cert-'));
  try {
    const names = 'subjectAltName=DNS:*.sina.com.cn,DNS:*.sina.cn,DNS:sina.com.cn,DNS:sina.cn';
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=sina.com.cn'].concat([
        '-addext',
        names,
        '-keyout',
        key,
        '-out',
        cert,
      ]),
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** host + path of a full address, or the path itself. */
const keyOf = (where: string) => {
  if (where.startsWith('/')) return where.split('?')[0] as string;
  const { hostname, pathname } = new URL(where);
  return `${hostname}${pathname}`;
};

export async function startServer({ tls = false } = {}): Promise<PageServer> {
  const pages = new Map<string, Page>();
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const path = keyOf(request.url ?? '/');
    const host = request.headers.host?.replace(/:\d+$/, '') ?? '';
    const page = pages.get(`${host}${path}`) ?? pages.get(path);
    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    if (!page) return void response.writeHead(404, headers).end();
    if (page.isolated) {
      headers['cross-origin-opener-policy'] = 'same-origin';
      headers['cross-origin-embedder-policy'] = 'require-corp';
    }
    const bytes = typeof page.body === 'string' ? Buffer.from(page.body) : page.body;
    headers['content-type'] = page.type ?? `text/html; charset=${charsetOf(bytes)}`;
    response.writeHead(200, headers).end(bytes);
  };
  const server = tls ? createHttps(selfSigned(), handle) : createHttp(handle);
  server.keepAliveTimeout = 1000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    set: (where, page) => pages.set(keyOf(where), page),
    has: (url) => pages.has(keyOf(url)),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

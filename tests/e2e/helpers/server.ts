// An https server on 127.0.0.1 that serves pages by their full address (the browser reaches it for
// *.sina.com.cn and *.sina.cn through --host-resolver-rules). The certificate is self-signed, made
// with openssl into a temporary folder at test time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { charsetOf } from './fixtures';

export interface Page {
  body: Buffer;
  type?: string;
}

export interface PageServer {
  port: number;
  /** Serve `body` at `url` (scheme and host included). */
  set(url: string, page: Page): void;
  has(url: string): boolean;
  close(): Promise<void>;
}

function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'sina-clean-cert-'));
  try {
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
        '/CN=sina.com.cn',
        '-addext',
        'subjectAltName=DNS:*.sina.com.cn,DNS:*.sina.cn,DNS:sina.com.cn,DNS:sina.cn',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const keyOf = (url: string) => {
  const { host, pathname } = new URL(url);
  return `${host.replace(/:\d+$/, '')}${pathname}`;
};

export async function startServer(): Promise<PageServer> {
  const pages = new Map<string, Page>();
  const server: Server = createServer(selfSigned(), (request, response) => {
    const page = pages.get(keyOf(`https://${request.headers.host}${request.url ?? '/'}`));
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not served in tests');
      return;
    }
    const type = page.type ?? `text/html; charset=${charsetOf(page.body)}`;
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    set: (url, page) => pages.set(keyOf(url), page),
    has: (url) => pages.has(keyOf(url)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

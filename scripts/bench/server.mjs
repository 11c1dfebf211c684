// A local http server for the benchmark. Pages are served as UTF-8 text (GBK pages decoded in Node
// first) under /f/<fixture id>, and by their real address (Host header + path) for the runs where
// Sina hosts are mapped here with --host-resolver-rules. Everything else is a fast 404: nothing
// reaches the network. Bench pages are cross-origin isolated (COOP + COEP), which gives
// performance.now() 5 µs resolution instead of 100 µs.
import { createServer } from 'node:http';

export async function startServer() {
  /** path or host+path → { body, type } */
  const routes = new Map();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const hit = routes.get(`${req.headers.host?.replace(/:\d+$/, '')}${path}`) ?? routes.get(path);
    const headers = { 'cache-control': 'no-store' };
    if (!hit) {
      res.writeHead(404, headers).end();
      return;
    }
    if (hit.isolated) {
      headers['cross-origin-opener-policy'] = 'same-origin';
      headers['cross-origin-embedder-policy'] = 'require-corp';
    }
    res.writeHead(200, { ...headers, 'content-type': hit.type }).end(hit.body);
  });
  server.keepAliveTimeout = 1000;
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    /** Serve `html` at a local path (`/f/pages/x.html`) or a full address (`http://finance.sina.com.cn/…`). */
    set(where, html, { isolated = false, type = 'text/html; charset=utf-8' } = {}) {
      const key = where.startsWith('http') ? `${new URL(where).hostname}${new URL(where).pathname}` : where;
      routes.set(key, { body: html, type, isolated });
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(done);
      }),
  };
}

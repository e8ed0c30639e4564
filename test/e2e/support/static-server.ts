/**
 * A tiny static file server for tests that need to swap the deployed build
 * under a running page (the service-worker update test). Serves the folder
 * that `root()` names at the moment of each request.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';

/** axe-core for the accessibility checks, at the path scripts/e2e-server.mjs serves it too (fixtures.ts). */
const AXE = { path: '/__e2e__/axe.js', file: createRequire(import.meta.url).resolve('axe-core/axe.min.js') };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Listens on `port` (any free port when 0). */
export async function startStaticServer(root: () => string, port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = path === AXE.path ? AXE.file : join(root(), path);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root(), 'index.html');
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : 0;
  // closeAllConnections: a stopped server must be gone for the browser at once, not after its keep-alive sockets idle out.
  return { url: `http://127.0.0.1:${bound}`, close: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }) };
}

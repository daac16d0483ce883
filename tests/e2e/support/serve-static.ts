// A tiny static file server for the built site, the way a plain static host serves it: under a
// base path, `dir/` answered by `dir/index.html`, `dir` redirected to `dir/`, the site's own
// 404.html for misses. Only GET and HEAD; nothing outside the root is ever read.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** Content types by extension for what an Astro build emits. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
});

/** The content type a static host would send for a file name; unknown types are bytes. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** What the server does with one request path, decided without touching the disk. */
export type Route =
  | { kind: 'file'; relative: string; directoryIndex: boolean }
  | { kind: 'outside-base' }
  | { kind: 'bad-request' };

/**
 * Maps a URL path to a file path relative to the site root, or says why it cannot:
 * `/recount/claims/x/` under base `/recount/` -> `claims/x/index.html`.
 */
export function routeRequest(urlPath: string, base: string): Route {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split(/[?#]/, 1)[0] ?? '');
  } catch {
    return { kind: 'bad-request' };
  }
  if (pathname.includes('\0')) return { kind: 'bad-request' };
  if (pathname === prefix.slice(0, -1)) pathname = prefix;
  if (!pathname.startsWith(prefix)) return { kind: 'outside-base' };
  const rest = pathname.slice(prefix.length);
  const segments = rest.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes('\\'))) {
    return { kind: 'bad-request' };
  }
  const directoryIndex = rest === '' || rest.endsWith('/');
  return { kind: 'file', relative: directoryIndex ? `${rest}index.html` : rest, directoryIndex };
}

/** A running server; `close()` stops it. */
export interface StaticServer {
  /** Origin plus base path, always with a trailing slash: `http://127.0.0.1:40123/recount/`. */
  url: string;
  /** The port it listens on. */
  port: number;
  close(): Promise<void>;
}

/** Serves `root` under `base` on 127.0.0.1 at a free port (or the given one). */
export async function serveStatic(root: string, base: string, port = 0): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((request, response) => {
    handle(root, prefix, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`Internal error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server did not get a TCP port');
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function handle(root: string, prefix: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Method not allowed');
    return;
  }
  const url = request.url ?? '/';
  const route = routeRequest(url, prefix);
  if (route.kind === 'bad-request') {
    response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Bad request');
    return;
  }
  if (route.kind === 'file') {
    const file = path.join(root, route.relative);
    if (await isFile(file)) {
      send(request, response, 200, file, await readFile(file));
      return;
    }
    // `claims/x` without its slash: a static host redirects to the directory when it exists.
    if (!route.directoryIndex && (await isFile(path.join(file, 'index.html')))) {
      const [pathname = '', query] = url.split('?', 2);
      response.writeHead(301, { Location: `${pathname}/${query === undefined ? '' : `?${query}`}` });
      response.end();
      return;
    }
  }
  const notFound = path.join(root, '404.html');
  if (await isFile(notFound)) {
    send(request, response, 404, notFound, await readFile(notFound));
    return;
  }
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('Not found');
}

function send(request: IncomingMessage, response: ServerResponse, status: number, file: string, body: Buffer): void {
  response.writeHead(status, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

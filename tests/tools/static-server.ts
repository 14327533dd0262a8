/**
 * A tiny static host for the built site (dist/), with no dependencies.
 *
 * It stands in for the kind of host the site is deployed to, so the end-to-end
 * tests and the benchmark see what users see (not Vite's dev or preview server,
 * which are more forgiving):
 *   - files with their real MIME type and Content-Length, and
 *     `X-Content-Type-Options: nosniff`, so a wrong type breaks the page here too;
 *   - the site can be mounted under a sub-path (`base: '/sub/'`), everything
 *     outside it is 404, as on a shared host;
 *   - SPA fallback: an unknown path under the base that does not look like a file
 *     gets index.html (history routing), but a missing file with an extension
 *     (.glb, .json, .js …) is a real 404, so a broken asset URL fails loudly;
 *   - optional gzip (off by default) for measuring transfer sizes.
 *
 * CLI: tsx tests/tools/static-server.ts [--root dist] [--port 4173] [--host 127.0.0.1] [--base /] [--gzip]
 */
import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.bin': 'application/octet-stream',
  '.ktx2': 'image/ktx2',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

/** Types worth compressing; images, video and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|wasm|manifest\+json)|model\/gltf\+json|image\/svg\+xml|application\/octet-stream|model\/gltf-binary)/;

export interface StaticServerOptions {
  /** Folder to serve (the build output). */
  root: string;
  /** 0 picks a free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1: tests never listen beyond this machine. */
  host?: string;
  /** Path the site is mounted at, with leading and trailing slash. Default '/'. */
  base?: string;
  /** Send `Content-Encoding: gzip` to clients that accept it. Default false. */
  gzip?: boolean;
  /** Log one line per request to stderr. Default false. */
  log?: boolean;
}

export interface StaticServer {
  /** The site's URL, base included, e.g. http://127.0.0.1:41234/sub/ */
  url: string;
  port: number;
  close(): Promise<void>;
}

export function normaliseBase(base = '/'): string {
  let b = base.trim() || '/';
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b;
}

/** Last path segment has an extension: then a miss is a missing file, not a route. */
function looksLikeFile(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return /\.[A-Za-z0-9]+$/.test(last);
}

async function statFile(path: string) {
  try {
    const st = await fs.stat(path);
    return st;
  } catch {
    return null;
  }
}

function sendText(res: ServerResponse, status: number, text: string, head: boolean, extra: Record<string, string> = {}) {
  const body = Buffer.from(text, 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(body.length),
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(head ? undefined : body);
}

export function createStaticHandler(options: StaticServerOptions) {
  const root = resolve(options.root);
  const base = normaliseBase(options.base);
  const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>();

  async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, size: number, mtimeMs: number, urlPath: string) {
    const head = req.method === 'HEAD';
    const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      'Last-Modified': new Date(mtimeMs).toUTCString(),
      // Vite's hashed output can be cached for ever; everything else is revalidated,
      // like a host configured for an SPA whose catalog files change without a rebuild.
      'Cache-Control': urlPath.startsWith(`${base}assets/`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (options.gzip && COMPRESSIBLE.test(type)) {
      headers.Vary = 'Accept-Encoding';
      if (accepts) {
        let cached = gzipCache.get(file);
        if (!cached || cached.mtimeMs !== mtimeMs) {
          cached = { mtimeMs, body: gzipSync(await fs.readFile(file), { level: 6 }) };
          gzipCache.set(file, cached);
        }
        res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(cached.body.length) });
        res.end(head ? undefined : cached.body);
        return;
      }
    }
    res.writeHead(200, { ...headers, 'Content-Length': String(size) });
    if (head) {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      sendText(res, 405, 'Method not allowed', false, { Allow: 'GET, HEAD' });
      return;
    }
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      sendText(res, 400, 'Bad request', head);
      return;
    }
    if (urlPath.includes('\0')) {
      sendText(res, 400, 'Bad request', head);
      return;
    }
    // "/sub" without its slash: hosts redirect so relative URLs resolve under it.
    if (`${urlPath}/` === base) {
      const raw = req.url ?? '';
      const query = raw.includes('?') ? raw.slice(raw.indexOf('?')) : '';
      res.writeHead(301, { Location: base + query, 'Content-Length': '0' });
      res.end();
      return;
    }
    if (!urlPath.startsWith(base)) {
      sendText(res, 404, `Not found: ${urlPath} (the site is mounted at ${base})`, head);
      return;
    }
    const rel = urlPath.slice(base.length);
    const file = resolve(root, `.${sep}${rel}`);
    if (file !== root && !file.startsWith(root + sep)) {
      sendText(res, 403, 'Forbidden', head);
      return;
    }

    let st = await statFile(file);
    let target = file;
    if (st?.isDirectory()) {
      target = resolve(file, 'index.html');
      st = await statFile(target);
    }
    if (st?.isFile()) {
      await sendFile(req, res, target, st.size, st.mtimeMs, urlPath);
      return;
    }
    if (looksLikeFile(urlPath)) {
      sendText(res, 404, `Not found: ${urlPath}`, head);
      return;
    }
    // History routing: /sets/abc is a page of the app, served by index.html.
    const index = resolve(root, 'index.html');
    const indexStat = await statFile(index);
    if (!indexStat?.isFile()) {
      sendText(res, 404, `Not found: ${urlPath} (and no index.html in ${root})`, head);
      return;
    }
    await sendFile(req, res, index, indexStat.size, indexStat.mtimeMs, urlPath);
  };
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const handle = createStaticHandler(options);
  const server: Server = createServer((req, res) => {
    const started = Date.now();
    if (options.log) res.on('finish', () => console.error(`${res.statusCode} ${req.method} ${req.url} ${Date.now() - started}ms`));
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendText(res, 500, `Internal error: ${err instanceof Error ? err.message : String(err)}`, false);
      else res.destroy();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}${normaliseBase(options.base)}`,
    port,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        // Keep-alive connections from a browser would hold close() open.
        server.closeAllConnections();
      }),
  };
}

function parseArgs(argv: string[]): StaticServerOptions {
  const opts: StaticServerOptions = { root: 'dist', port: 4173 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--root':
        opts.root = value();
        break;
      case '--port':
        opts.port = Number(value());
        if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error(`--port must be 0..65535`);
        break;
      case '--host':
        opts.host = value();
        break;
      case '--base':
        opts.base = value();
        break;
      case '--gzip':
        opts.gzip = true;
        break;
      case '--log':
        opts.log = true;
        break;
      case '--help':
        console.log('Usage: tsx tests/tools/static-server.ts [--root dist] [--port 4173] [--host 127.0.0.1] [--base /] [--gzip] [--log]');
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown option ${arg} (see --help)`);
    }
  }
  return opts;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (isMain) {
  let opts: StaticServerOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  }
  const indexFile = resolve(opts.root, 'index.html');
  fs.stat(indexFile).catch(() => console.error(`Warning: ${indexFile} does not exist; run \`npm run build\` first.`));
  startStaticServer(opts).then(
    (server) => {
      console.log(`Serving ${resolve(opts.root)} at ${server.url}${opts.gzip ? ' (gzip)' : ''}`);
      const stop = () => {
        void server.close().then(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (err: unknown) => {
      console.error(`Could not start the server: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}

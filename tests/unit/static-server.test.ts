import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../tools/static-server';
import { normaliseBase, startStaticServer } from '../tools/static-server';

let parent: string;
let root: string;
const INDEX = '<!doctype html><html lang="en"><body><div id="root"></div></body></html>';
const WASM = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

beforeAll(() => {
  parent = mkdtempSync(join(tmpdir(), 'setscout-static-'));
  root = join(parent, 'site');
  mkdirSync(root);
  writeFileSync(join(root, 'index.html'), INDEX);
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log("app");'.repeat(50));
  mkdirSync(join(root, 'scenes'));
  writeFileSync(join(root, 'scenes', 'index.json'), '{"version":1}');
  mkdirSync(join(root, 'models'));
  writeFileSync(join(root, 'models', 'set.glb'), Buffer.alloc(100, 7));
  writeFileSync(join(root, 'models', 'decoder.wasm'), WASM);
  // Next to the served folder, not in it: must never be reachable.
  writeFileSync(join(parent, 'secret.txt'), 'outside');
});

afterAll(() => {
  rmSync(parent, { recursive: true, force: true });
});

describe('normaliseBase', () => {
  it('adds the slashes a mount path needs', () => {
    expect(normaliseBase()).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('sub')).toBe('/sub/');
    expect(normaliseBase('/a/b')).toBe('/a/b/');
    expect(normaliseBase('/sub/')).toBe('/sub/');
  });
});

describe('static server at /', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ root, port: 0 });
  });
  afterAll(() => server.close());

  it('listens on loopback and reports its URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves files with type, length and nosniff', async () => {
    const res = await fetch(new URL('models/decoder.wasm', server.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/wasm');
    expect(res.headers.get('content-length')).toBe(String(WASM.length));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(WASM);

    const glb = await fetch(new URL('models/set.glb', server.url));
    expect(glb.headers.get('content-type')).toBe('model/gltf-binary');
    expect(glb.headers.get('content-length')).toBe('100');
    const json = await fetch(new URL('scenes/index.json', server.url));
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const js = await fetch(new URL('assets/index-abc.js', server.url));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(json.headers.get('cache-control')).toBe('no-cache');
  });

  it('does not compress unless asked', async () => {
    const res = await fetch(new URL('assets/index-abc.js', server.url), { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
  });

  it('falls back to index.html for routes, with status 200', async () => {
    for (const path of ['/', '/sets/courtroom', '/sets/courtroom/', '/anything?lang=en']) {
      const res = await fetch(new URL(path, server.url));
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toBe(INDEX);
    }
  });

  it('answers 404 for a missing file with an extension, never index.html', async () => {
    for (const path of ['/models/missing.glb', '/scenes/nope.json', '/assets/gone.js', '/sets/x/y.css']) {
      const res = await fetch(new URL(path, server.url));
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('<html');
    }
  });

  it('answers HEAD with headers only', async () => {
    const res = await fetch(new URL('models/set.glb', server.url), { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('100');
    expect(await res.text()).toBe('');
  });

  it('refuses other methods', async () => {
    const res = await fetch(new URL('scenes/index.json', server.url), { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
  });

  it('never serves files outside the root', async () => {
    // Raw requests: fetch() would normalise the dot segments away before sending.
    const { request } = await import('node:http');
    const { port } = server;
    const get = (path: string) =>
      new Promise<{ status: number; body: string }>((done, fail) => {
        const req = request({ host: '127.0.0.1', port, path }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => done({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', fail);
        req.end();
      });
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/scenes/..%2f..%2f..%2fetc%2fpasswd']) {
      const res = await get(path);
      expect(res.body, path).not.toMatch(/outside|root:/);
      // Either refused, or an ordinary route answered by the app shell.
      if (res.status === 200) expect(res.body, path).toBe(INDEX);
      else expect([403, 404], path).toContain(res.status);
    }
  });
});

describe('static server under a sub-path', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ root, port: 0, base: '/sub/' });
  });
  afterAll(() => server.close());

  it('mounts the site at the base', async () => {
    expect(server.url).toMatch(/\/sub\/$/);
    const origin = new URL(server.url).origin;
    expect((await fetch(`${origin}/sub/scenes/index.json`)).status).toBe(200);
    expect(await (await fetch(`${origin}/sub/sets/courtroom`)).text()).toBe(INDEX);
    expect((await fetch(`${origin}/sub/models/missing.glb`)).status).toBe(404);
  });

  it('is 404 outside the base, as on a shared host', async () => {
    const origin = new URL(server.url).origin;
    expect((await fetch(`${origin}/`)).status).toBe(404);
    expect((await fetch(`${origin}/scenes/index.json`)).status).toBe(404);
  });

  it('redirects the base without its slash, keeping the query', async () => {
    const origin = new URL(server.url).origin;
    const res = await fetch(`${origin}/sub?lang=en`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/sub/?lang=en');
  });
});

describe('static server with gzip', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ root, port: 0, gzip: true });
  });
  afterAll(() => server.close());

  it('compresses text for clients that accept it and sends the compressed length', async () => {
    // node's fetch would decode transparently; read the raw bytes with node:http instead.
    const { request } = await import('node:http');
    const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
      const req = request(new URL('assets/index-abc.js', server.url), { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', fail);
      req.end();
    });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.headers['content-length']).toBe(String(raw.body.length));
    expect(gunzipSync(raw.body).toString()).toBe('console.log("app");'.repeat(50));
  });

  it('sends plain bytes to clients that do not accept gzip', async () => {
    const res = await fetch(new URL('assets/index-abc.js', server.url), { headers: { 'accept-encoding': 'identity' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
  });
});

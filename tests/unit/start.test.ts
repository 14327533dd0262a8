/**
 * `npm start` without a display: it says where the site is (instead of failing to open a
 * browser), serves it, and a SIGTERM to npm's own process stops the dev server and frees
 * the port (tests/tools/start.mjs).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

describe('npm start', () => {
  it('prints the address on a machine without a display and stops on SIGTERM to npm', async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    delete env.CI;
    const npm = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['start', '--', '--port', String(port)], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    npm.stdout.on('data', (b: Buffer) => (out += b.toString()));
    npm.stderr.on('data', (b: Buffer) => (out += b.toString()));
    const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
    try {
      const url = `http://127.0.0.1:${port}/`;
      for (let i = 0; i < 300 && !out.includes(url); i++) await new Promise((r) => setTimeout(r, 100));
      expect(out).toContain(`SetScout is running at ${url}`);
      expect(out).toMatch(/no display here/);
      expect((await fetch(url)).status).toBe(200);
      npm.kill('SIGTERM');
      await exited;
      let free = false;
      for (let i = 0; i < 50 && !free; i++) {
        free = await portIsFree(port);
        if (!free) await new Promise((r) => setTimeout(r, 100));
      }
      expect(free).toBe(true);
    } finally {
      if (npm.exitCode === null) npm.kill('SIGKILL');
    }
  }, 60_000);
});

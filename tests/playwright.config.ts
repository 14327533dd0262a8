/**
 * End-to-end tests drive the BUILT site (dist/) through tests/tools/static-server.ts,
 * a strict static host with SPA fallback, in the machine's own Chromium.
 *
 * Normally started by `npm test` (tests/tools/test-all.ts), which finds or installs
 * the browser, builds when needed, and passes:
 *   SETSCOUT_CHROMIUM  the browser binary (else this config runs the finder itself)
 *   SETSCOUT_E2E_PORT  a port that was free a moment ago (else 4391)
 * Direct use: `npx playwright test -c tests/playwright.config.ts` after `npm run build`.
 */
import { defineConfig, devices } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { findChromiumSync } from './tools/find-browser';

const repo = fileURLToPath(new URL('..', import.meta.url));
const results = fileURLToPath(new URL('./results/', import.meta.url));
const CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const port = Number(process.env.SETSCOUT_E2E_PORT) || 4391;
const baseURL = `http://127.0.0.1:${port}`;

// Resolve once in the runner and hand the result to the workers through the
// environment, so every process drives the same binary without searching again.
const executablePath = process.env.SETSCOUT_CHROMIUM || findChromiumSync().path;
process.env.SETSCOUT_CHROMIUM = executablePath;

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Headless Chromium here has no GPU: WebGL runs on SwiftShader through ANGLE.
 * Newer Chromium refuses the software fallback for WebGL unless told it is wanted
 * (--enable-unsafe-swiftshader); the blocklist would otherwise disable WebGL on
 * this "GPU". The rest keep the browser off the network: tests only talk to
 * 127.0.0.1, and a background fetch would slow a run or hang it offline.
 */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-features=MediaRouter,OptimizationHints,Translate',
  '--no-default-browser-check',
  ...(isRoot ? ['--no-sandbox'] : []),
];

export default defineConfig({
  testDir: './e2e',
  outputDir: `${results}artifacts`,
  // Software WebGL on 2 cores: one browser per core at most. Measured: 2 workers
  // are faster than 1 in CI here too (see the CI notes in the final report).
  workers: 2,
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: `${results}e2e.json` }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    headless: true,
    locale: 'zh-CN',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: CI ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    // The service worker would answer requests that specs intercept with page.route; only
    // tests/e2e/offline.spec.ts, which tests the worker, allows it.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `node --import tsx tests/tools/static-server.ts --root dist --port ${port} --base /`,
    cwd: repo,
    url: `${baseURL}/`,
    // Never reuse: a server left on the port could be serving another checkout's dist/.
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

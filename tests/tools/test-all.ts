/**
 * `npm test`: every test, from a fresh clone, with one command.
 *
 *   1. build the site              when dist/ is missing or older than its sources; always in CI
 *                                  (first, so the unit tests that read dist/ run on a fresh clone)
 *   2. vitest run                  unit and component tests (config: vite.config.ts `test`)
 *   3. find a Chromium             tests/tools/find-browser.ts; installs one when allowed
 *   4. Playwright                  tests/e2e against the built site (tests/playwright.config.ts)
 *
 * Then one closing line, alone, computed from both runners' JSON reports:
 *   Tests: N passed, M failed[, K skipped]
 * and a non-zero exit when anything failed or nothing ran.
 *
 * Flags: --unit-only (no build: the tests that read dist/ skip when there is none), --e2e-only,
 * --no-install (never install a browser). Any
 * other argument goes to Playwright (e.g. a spec filter: `npm test -- smoke`), or
 * to vitest with --unit-only.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ChromiumNotFoundError, ensureChromium } from './find-browser';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const RESULTS = join(REPO, 'tests/results');
const UNIT_JSON = join(RESULTS, 'unit.json');
const E2E_JSON = join(RESULTS, 'e2e.json');
const CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** Why something counted as failed without being a test (a crash, no report). */
  notes: string[];
}

const empty = (): Counts => ({ passed: 0, failed: 0, skipped: 0, notes: [] });

/** Vitest's JSON report (the fields we read). */
interface VitestReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults?: { name?: string; status?: string; message?: string; assertionResults?: { status?: string }[] }[];
}

/** Counts from vitest's report; a file that failed to load counts as one failure. */
export function countVitest(report: VitestReport, exitCode: number): Counts {
  const c = empty();
  c.passed = report.numPassedTests ?? 0;
  c.failed = report.numFailedTests ?? 0;
  c.skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const file of report.testResults ?? []) {
    const failedInside = (file.assertionResults ?? []).some((a) => a.status === 'failed');
    if (file.status === 'failed' && !failedInside) {
      c.failed += 1;
      c.notes.push(`${file.name ? relative(REPO, file.name) : 'a test file'} failed to run${file.message ? `: ${file.message.split('\n')[0]}` : ''}`);
    }
  }
  if (exitCode !== 0 && c.failed === 0) {
    c.failed = 1;
    c.notes.push(`vitest exited with code ${exitCode} although no test failed (see its output above)`);
  }
  return c;
}

/** Playwright's JSON report (the fields we read). */
interface PlaywrightReport {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  errors?: { message?: string }[];
}

/** Counts from Playwright's report; flaky (passed on retry) counts as passed but is noted. */
export function countPlaywright(report: PlaywrightReport, exitCode: number): Counts {
  const c = empty();
  const s = report.stats ?? {};
  c.passed = (s.expected ?? 0) + (s.flaky ?? 0);
  c.failed = s.unexpected ?? 0;
  c.skipped = s.skipped ?? 0;
  if (s.flaky) c.notes.push(`${s.flaky} end-to-end test${s.flaky === 1 ? '' : 's'} passed only on retry (flaky)`);
  for (const e of report.errors ?? []) c.notes.push(`Playwright: ${(e.message ?? 'error').split('\n')[0]}`);
  if (exitCode !== 0 && c.failed === 0) {
    c.failed = 1;
    c.notes.push(`Playwright exited with code ${exitCode} although no test failed (see its output above)`);
  }
  return c;
}

/** The closing line, exactly: "Tests: N passed, M failed" plus ", K skipped" when K > 0. */
export function summaryLine(parts: Counts[]): string {
  const sum = parts.reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped }), {
    passed: 0,
    failed: 0,
    skipped: 0,
  });
  return `Tests: ${sum.passed} passed, ${sum.failed} failed${sum.skipped ? `, ${sum.skipped} skipped` : ''}`;
}

/**
 * Colour only on a terminal. vitest's colour library colours whenever TERM is not "dumb", even
 * into a pipe or a file, so when our output is not a TTY the children get NO_COLOR=1 (unless
 * the caller asked for colour with FORCE_COLOR, or set NO_COLOR already).
 */
export function colourEnv(env: NodeJS.ProcessEnv, isTTY: boolean): NodeJS.ProcessEnv {
  if (isTTY || 'FORCE_COLOR' in env || 'NO_COLOR' in env) return env;
  return { ...env, NO_COLOR: '1' };
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, args, { cwd: REPO, stdio: 'inherit', env, shell: process.platform === 'win32' });
    child.on('error', (err) => {
      console.error(`Could not start ${cmd}: ${err.message}`);
      resolveRun(127);
    });
    child.on('exit', (code, signal) => resolveRun(code ?? (signal ? 128 : 1)));
  });
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

function bin(pkgPath: string, what: string): string {
  const file = join(REPO, 'node_modules', pkgPath);
  if (!existsSync(file)) throw new Error(`${what} is not installed (${relative(REPO, file)} is missing). Run \`npm install\` first.`);
  return file;
}

/** Sources whose change means dist/ is stale. Test files do not reach the build. */
const BUILD_INPUTS = ['index.html', 'vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'public', 'scenes', 'models'];
const SKIP_DIRS = new Set(['node_modules', 'generator', '.git']);

function newestInput(): { file: string; mtimeMs: number } | null {
  let newest: { file: string; mtimeMs: number } | null = null;
  const visit = (rel: string) => {
    let st;
    try {
      st = statSync(join(REPO, rel));
    } catch {
      return;
    }
    // A directory's own time changes when a file is added or removed in it.
    if (!newest || st.mtimeMs > newest.mtimeMs) newest = { file: rel, mtimeMs: st.mtimeMs };
    if (!st.isDirectory()) return;
    for (const name of readdirSync(join(REPO, rel))) {
      if (SKIP_DIRS.has(name) || /\.test\.[cm]?[jt]sx?$/.test(name)) continue;
      visit(`${rel}/${name}`);
    }
  };
  for (const input of BUILD_INPUTS) visit(input);
  return newest;
}

/** Why the site must be built now, or null when dist/ is current. */
export function buildReason(): string | null {
  if (CI) return 'CI=true: always build';
  const built = join(REPO, 'dist/index.html');
  if (!existsSync(built)) return 'dist/ has no build yet';
  const newest = newestInput();
  const builtAt = statSync(built).mtimeMs;
  if (newest && newest.mtimeMs > builtAt) return `${newest.file} changed after the last build`;
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function banner(text: string) {
  console.log(`\n━━ ${text} ${'━'.repeat(Math.max(3, 70 - text.length))}`);
}

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => ['--unit-only', '--e2e-only', '--no-install', '--help'].includes(a)));
  const rest = argv.filter((a) => !flags.has(a));
  if (flags.has('--help')) {
    console.log('Usage: npm test [-- --unit-only | --e2e-only] [--no-install] [playwright args, e.g. a spec filter]');
    return 0;
  }
  if (flags.has('--unit-only') && flags.has('--e2e-only')) {
    console.error('--unit-only and --e2e-only exclude each other.');
    return 2;
  }
  mkdirSync(RESULTS, { recursive: true });
  process.env = colourEnv(process.env, Boolean(process.stdout.isTTY));
  const started = Date.now();
  const parts: { name: string; counts: Counts; ms: number }[] = [];

  // The build comes first: some unit tests check the built site (tests/unit/budget.test.ts).
  let buildFailed: number | null = null;
  if (!flags.has('--unit-only')) {
    const reason = buildReason();
    if (reason) {
      banner(`Build (${reason})`);
      const tb = Date.now();
      const code = await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']);
      console.log(`build: ${seconds(Date.now() - tb)}`);
      if (code !== 0) buildFailed = code;
    } else {
      console.log('\ndist/ is up to date with its sources: not rebuilding.');
    }
  }

  if (!flags.has('--e2e-only')) {
    banner('Unit and component tests (vitest)');
    const t0 = Date.now();
    rmSync(UNIT_JSON, { force: true });
    const code = await run(process.execPath, [
      bin('vitest/vitest.mjs', 'vitest'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${UNIT_JSON}`,
      ...(flags.has('--unit-only') ? rest : []),
    ]);
    const report = readJson<VitestReport>(UNIT_JSON);
    const counts = report ? countVitest(report, code) : { ...empty(), failed: 1, notes: [`vitest exited with code ${code} and wrote no report`] };
    parts.push({ name: 'vitest', counts, ms: Date.now() - t0 });
  }

  if (!flags.has('--unit-only')) {
    const counts = empty();
    const t0 = Date.now();
    e2e: {
      banner('Browser');
      let chromium: string;
      try {
        const found = await ensureChromium({ install: !flags.has('--no-install') });
        chromium = found.path;
        console.log(`Chromium: ${found.path} (${found.source})`);
      } catch (err) {
        console.error(err instanceof ChromiumNotFoundError ? err.message : String(err));
        counts.failed = 1;
        counts.notes.push('no Chromium, so the end-to-end tests did not run (see above for how to fix it)');
        break e2e;
      }

      if (buildFailed !== null) {
        counts.failed = 1;
        counts.notes.push(`\`npm run build\` exited with ${buildFailed}, so the end-to-end tests did not run`);
        break e2e;
      }

      banner('End-to-end tests (Playwright, built site)');
      rmSync(E2E_JSON, { force: true });
      const port = await freePort();
      const code = await run(
        process.execPath,
        [bin('@playwright/test/cli.js', '@playwright/test'), 'test', '-c', 'tests/playwright.config.ts', ...rest],
        { ...process.env, SETSCOUT_CHROMIUM: chromium, SETSCOUT_E2E_PORT: String(port) },
      );
      const report = readJson<PlaywrightReport>(E2E_JSON);
      if (report) Object.assign(counts, countPlaywright(report, code));
      else {
        counts.failed = 1;
        counts.notes.push(`Playwright exited with code ${code} and wrote no report`);
      }
    }
    parts.push({ name: 'playwright', counts, ms: Date.now() - t0 });
  }

  banner('Summary');
  for (const p of parts) {
    const c = p.counts;
    console.log(`  ${p.name.padEnd(11)}${c.passed} passed · ${c.failed} failed · ${c.skipped} skipped   (${seconds(p.ms)})`);
    for (const n of c.notes) console.log(`      ${n}`);
  }
  console.log(`  total time ${seconds(Date.now() - started)}; reports in ${relative(REPO, RESULTS)}/`);
  const line = summaryLine(parts.map((p) => p.counts));
  const ran = parts.reduce((n, p) => n + p.counts.passed + p.counts.failed, 0);
  const failed = parts.reduce((n, p) => n + p.counts.failed, 0);
  if (ran === 0) console.log('  nothing ran: that counts as a failure');
  console.log(line);
  return failed > 0 || ran === 0 ? 1 : 0;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (isMain) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      console.log('Tests: 0 passed, 1 failed');
      process.exitCode = 1;
    },
  );
}

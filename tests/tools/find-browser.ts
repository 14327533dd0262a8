/**
 * Finds a Chromium for the end-to-end tests, or installs one.
 *
 * Playwright's own `npx playwright install` downloads a browser build from a CDN,
 * which is not reachable on every machine this project runs on (CI here only
 * reaches the npm registry and Debian's archive). So the tests drive whatever
 * Chromium the machine already has, in a fixed order of preference, and only
 * install one when there is none: Debian's package when we are root with apt,
 * else Playwright's download. When neither works, the error says exactly which
 * command to run or which variable to set.
 *
 * The decision logic is pure (every outside fact comes in through `FinderDeps`)
 * so tests/unit/find-browser.test.ts can check it without touching the machine.
 *
 * CLI: `tsx tests/tools/find-browser.ts [--install] [--json]` prints the path.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type ChromiumSource =
  | 'env:SETSCOUT_CHROMIUM'
  | 'env:CHROMIUM_PATH'
  | 'debian-chromium'
  | 'chromium-on-path'
  | 'google-chrome'
  | 'playwright';

export interface FoundChromium {
  path: string;
  source: ChromiumSource;
}

/** Everything the finder needs to know about the machine, injectable for tests. */
export interface FinderDeps {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  /** True when `path` is an existing, executable regular file. */
  isExecutable(path: string): boolean;
  /** Absolute path of a command on PATH, or null. */
  which(command: string): string | null;
  /** Effective user id; null where the platform has none (Windows). */
  uid(): number | null;
  /** Where Playwright's downloaded Chromium would be (it may not exist); null when unknown. */
  playwrightChromium(): string | null;
}

export type InstallPlan =
  | { kind: 'apt'; description: string; commands: string[][] }
  | { kind: 'playwright'; description: string; commands: string[][] };

export class ChromiumNotFoundError extends Error {
  override name = 'ChromiumNotFoundError';
}

/** Explicit settings, strongest first. */
export const ENV_VARS = ['SETSCOUT_CHROMIUM', 'CHROMIUM_PATH'] as const;

const GOOGLE_CHROME_FILES: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['/opt/google/chrome/chrome'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

function resolveCommand(deps: FinderDeps, name: string): string | null {
  // A PATH hit for a command name; a value with a slash is a file path already.
  if (isAbsolute(name) || name.includes('/')) return deps.isExecutable(name) ? name : null;
  const hit = deps.which(name);
  return hit && deps.isExecutable(hit) ? hit : null;
}

/**
 * Picks the Chromium to use, or null when the machine has none.
 * Throws when an environment variable names a file that is not there: a wrong
 * explicit setting should fail loudly, not silently test another browser.
 */
export function locateChromium(deps: FinderDeps): FoundChromium | null {
  for (const name of ENV_VARS) {
    const value = deps.env[name]?.trim();
    if (!value) continue;
    const path = resolveCommand(deps, value);
    if (!path) {
      throw new ChromiumNotFoundError(
        `${name} is set to "${value}", but that is not an executable file.\n` +
          `Point ${name} at a Chromium or Google Chrome binary, or unset it to let the tests look for one.`,
      );
    }
    return { path, source: `env:${name}` };
  }

  // Debian's package first: it is what CI installs and what the tests are tuned on.
  if (deps.platform === 'linux' && deps.isExecutable('/usr/bin/chromium')) {
    return { path: '/usr/bin/chromium', source: 'debian-chromium' };
  }
  for (const name of ['chromium', 'chromium-browser']) {
    const path = resolveCommand(deps, name);
    if (path) return { path, source: 'chromium-on-path' };
  }

  for (const name of ['google-chrome', 'google-chrome-stable']) {
    const path = resolveCommand(deps, name);
    if (path) return { path, source: 'google-chrome' };
  }
  for (const file of GOOGLE_CHROME_FILES[deps.platform] ?? []) {
    if (deps.isExecutable(file)) return { path: file, source: 'google-chrome' };
  }

  const playwright = deps.playwrightChromium();
  if (playwright && deps.isExecutable(playwright)) return { path: playwright, source: 'playwright' };
  return null;
}

/**
 * How to get a Chromium onto this machine. Debian's package when we may use apt
 * (root on Linux with apt-get): it comes from a reachable mirror and brings its
 * own libraries. Otherwise Playwright's download, which needs its CDN.
 */
export function planInstall(deps: FinderDeps): InstallPlan {
  if (deps.platform === 'linux' && deps.uid() === 0 && deps.which('apt-get')) {
    return {
      kind: 'apt',
      description: "Debian's chromium package (apt-get, as root)",
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', 'chromium'],
      ],
    };
  }
  return {
    kind: 'playwright',
    description: "Playwright's Chromium download",
    commands: [['npx', 'playwright', 'install', 'chromium']],
  };
}

/** What a person should do when no Chromium could be found or installed. */
export function helpText(deps: FinderDeps): string {
  const lines = [
    'No Chromium found for the end-to-end tests. Any one of these fixes it:',
    '  - point SETSCOUT_CHROMIUM at a Chromium or Google Chrome binary, e.g.',
    '      SETSCOUT_CHROMIUM=/usr/bin/chromium npm test',
  ];
  if (deps.platform === 'linux') {
    lines.push(
      "  - install Debian/Ubuntu's package:",
      `      ${deps.uid() === 0 ? '' : 'sudo '}apt-get update && ${deps.uid() === 0 ? '' : 'sudo '}apt-get install -y chromium`,
    );
  } else if (deps.platform === 'darwin') {
    lines.push('  - install Google Chrome into /Applications');
  }
  lines.push(
    "  - download Playwright's build (needs access to its CDN):",
    '      npx playwright install chromium',
    'Looked at: $SETSCOUT_CHROMIUM, $CHROMIUM_PATH, /usr/bin/chromium, chromium and chromium-browser on PATH,',
    "  google-chrome, google-chrome-stable, the usual Google Chrome install folders, and Playwright's download.",
  );
  return lines.join('\n');
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The real machine. */
export function systemDeps(): FinderDeps {
  return {
    env: process.env,
    platform: process.platform,
    isExecutable: isExecutableFile,
    which(command) {
      const exts = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE').split(';') : [''];
      for (const dir of (process.env.PATH ?? '').split(delimiter)) {
        if (!dir) continue;
        for (const ext of exts) {
          const file = join(dir, command + ext);
          if (isExecutableFile(file)) return file;
        }
      }
      return null;
    },
    uid: () => (typeof process.getuid === 'function' ? process.getuid() : null),
    playwrightChromium() {
      try {
        // playwright-core is CommonJS; require keeps this synchronous so the
        // Playwright config (which cannot await) can use the same finder.
        const require = createRequire(import.meta.url);
        const { chromium } = require('playwright-core') as { chromium: { executablePath(): string } };
        return chromium.executablePath() || null;
      } catch {
        return null;
      }
    },
  };
}

/** Synchronous finder for the Playwright config; throws with help when nothing is there. */
export function findChromiumSync(deps: FinderDeps = systemDeps()): FoundChromium {
  const found = locateChromium(deps);
  if (!found) throw new ChromiumNotFoundError(helpText(deps));
  return found;
}

export async function findChromium(deps: FinderDeps = systemDeps()): Promise<FoundChromium> {
  return findChromiumSync(deps);
}

export type CommandRunner = (argv: string[], env: Record<string, string | undefined>) => number;

const runInherited: CommandRunner = (argv, env) => {
  const [cmd, ...args] = argv;
  if (!cmd) return 1;
  const res = spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  return res.status ?? 1;
};

export interface EnsureOptions {
  /** Install a Chromium when none is found (apt as root, else Playwright's download). */
  install: boolean;
  deps?: FinderDeps;
  run?: CommandRunner;
  log?: (line: string) => void;
}

/**
 * Finds a Chromium, installing one first when allowed and needed. Rejects with
 * ChromiumNotFoundError (its message says what to do) when there is still none.
 */
export async function ensureChromium(options: EnsureOptions): Promise<FoundChromium> {
  const deps = options.deps ?? systemDeps();
  const log = options.log ?? ((line: string) => console.error(line));
  const found = locateChromium(deps);
  if (found) return found;
  if (!options.install) throw new ChromiumNotFoundError(helpText(deps));

  const plan = planInstall(deps);
  const run = options.run ?? runInherited;
  log(`No Chromium found; installing ${plan.description}.`);
  const env = { ...deps.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const argv of plan.commands) {
    log(`$ ${argv.join(' ')}`);
    const code = run(argv, env);
    if (code !== 0) {
      throw new ChromiumNotFoundError(`Installing a Chromium failed: \`${argv.join(' ')}\` exited with ${code}.\n\n${helpText(deps)}`);
    }
  }
  const after = locateChromium(deps);
  if (!after) throw new ChromiumNotFoundError(`The install finished but still no Chromium was found.\n\n${helpText(deps)}`);
  return after;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (isMain) {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(`Usage: tsx ${fileURLToPath(import.meta.url)} [--install] [--json]\nPrints the path of the Chromium the tests will use.`);
    process.exit(0);
  }
  ensureChromium({ install: args.includes('--install') }).then(
    (found) => {
      if (args.includes('--json')) console.log(JSON.stringify(found));
      else {
        console.log(found.path);
        console.error(`(found via ${found.source})`);
      }
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    },
  );
}

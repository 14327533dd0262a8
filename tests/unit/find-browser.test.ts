import { describe, expect, it } from 'vitest';
import type { CommandRunner, FinderDeps } from '../tools/find-browser';
import { ChromiumNotFoundError, ensureChromium, helpText, locateChromium, planInstall } from '../tools/find-browser';

/** A fake machine: which files exist, what is on PATH, who we are. */
function machine(opts: {
  files?: string[];
  path?: Record<string, string>;
  env?: Record<string, string>;
  platform?: NodeJS.Platform;
  uid?: number | null;
  playwright?: string | null;
}): FinderDeps & { files: Set<string> } {
  const files = new Set(opts.files ?? []);
  return {
    files,
    env: opts.env ?? {},
    platform: opts.platform ?? 'linux',
    isExecutable: (p) => files.has(p),
    which: (cmd) => opts.path?.[cmd] ?? null,
    uid: () => (opts.uid === undefined ? 1000 : opts.uid),
    playwrightChromium: () => (opts.playwright === undefined ? null : opts.playwright),
  };
}

const PW = '/home/u/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

describe('locateChromium', () => {
  it('prefers SETSCOUT_CHROMIUM over everything else', () => {
    const m = machine({
      files: ['/x/chrome', '/usr/bin/chromium', '/y/chrome'],
      env: { SETSCOUT_CHROMIUM: '/x/chrome', CHROMIUM_PATH: '/y/chrome' },
    });
    expect(locateChromium(m)).toEqual({ path: '/x/chrome', source: 'env:SETSCOUT_CHROMIUM' });
  });

  it('honours CHROMIUM_PATH when SETSCOUT_CHROMIUM is unset or blank', () => {
    const m = machine({ files: ['/y/chrome', '/usr/bin/chromium'], env: { SETSCOUT_CHROMIUM: '  ', CHROMIUM_PATH: '/y/chrome' } });
    expect(locateChromium(m)).toEqual({ path: '/y/chrome', source: 'env:CHROMIUM_PATH' });
  });

  it('resolves a command name given in the variable through PATH', () => {
    const m = machine({ files: ['/opt/bin/chrome-dev'], path: { 'chrome-dev': '/opt/bin/chrome-dev' }, env: { SETSCOUT_CHROMIUM: 'chrome-dev' } });
    expect(locateChromium(m)?.path).toBe('/opt/bin/chrome-dev');
  });

  it('fails loudly when the variable names a missing file instead of falling back', () => {
    const m = machine({ files: ['/usr/bin/chromium'], env: { SETSCOUT_CHROMIUM: '/nope/chrome' } });
    expect(() => locateChromium(m)).toThrow(ChromiumNotFoundError);
    expect(() => locateChromium(m)).toThrow(/SETSCOUT_CHROMIUM is set to "\/nope\/chrome"/);
  });

  it("takes Debian's /usr/bin/chromium before Google Chrome and Playwright", () => {
    const m = machine({
      files: ['/usr/bin/chromium', '/usr/bin/google-chrome', PW],
      path: { 'google-chrome': '/usr/bin/google-chrome' },
      playwright: PW,
    });
    expect(locateChromium(m)).toEqual({ path: '/usr/bin/chromium', source: 'debian-chromium' });
  });

  it('finds chromium-browser on PATH', () => {
    const m = machine({ files: ['/snap/bin/chromium-browser'], path: { 'chromium-browser': '/snap/bin/chromium-browser' } });
    expect(locateChromium(m)).toEqual({ path: '/snap/bin/chromium-browser', source: 'chromium-on-path' });
  });

  it('ignores a PATH hit that is not executable', () => {
    const m = machine({ files: [], path: { chromium: '/usr/local/bin/chromium' } });
    expect(locateChromium(m)).toBeNull();
  });

  it('finds google-chrome-stable, then /opt/google/chrome/chrome', () => {
    expect(
      locateChromium(machine({ files: ['/usr/bin/google-chrome-stable'], path: { 'google-chrome-stable': '/usr/bin/google-chrome-stable' } })),
    ).toEqual({ path: '/usr/bin/google-chrome-stable', source: 'google-chrome' });
    expect(locateChromium(machine({ files: ['/opt/google/chrome/chrome'] }))).toEqual({
      path: '/opt/google/chrome/chrome',
      source: 'google-chrome',
    });
  });

  it('finds Google Chrome in /Applications on macOS, and not the Linux paths there', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(locateChromium(machine({ platform: 'darwin', files: [mac] }))).toEqual({ path: mac, source: 'google-chrome' });
    expect(locateChromium(machine({ platform: 'darwin', files: ['/usr/bin/chromium'] }))).toBeNull();
  });

  it("uses Playwright's download only when the file exists", () => {
    expect(locateChromium(machine({ files: [PW], playwright: PW }))).toEqual({ path: PW, source: 'playwright' });
    expect(locateChromium(machine({ files: [], playwright: PW }))).toBeNull();
    expect(locateChromium(machine({ files: [], playwright: null }))).toBeNull();
  });
});

describe('planInstall', () => {
  it("uses Debian's package as root with apt-get", () => {
    const plan = planInstall(machine({ uid: 0, path: { 'apt-get': '/usr/bin/apt-get' } }));
    expect(plan.kind).toBe('apt');
    expect(plan.commands).toEqual([
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', 'chromium'],
    ]);
  });

  it("falls back to Playwright's download when not root, without apt, or not on Linux", () => {
    const playwright = [['npx', 'playwright', 'install', 'chromium']];
    expect(planInstall(machine({ uid: 1000, path: { 'apt-get': '/usr/bin/apt-get' } })).commands).toEqual(playwright);
    expect(planInstall(machine({ uid: 0 })).commands).toEqual(playwright);
    expect(planInstall(machine({ platform: 'darwin', uid: 0, path: { 'apt-get': '/x' } })).commands).toEqual(playwright);
    expect(planInstall(machine({ platform: 'win32', uid: null })).kind).toBe('playwright');
  });
});

describe('helpText', () => {
  it('names the variable and the commands that fix it', () => {
    const text = helpText(machine({ uid: 1000 }));
    expect(text).toContain('SETSCOUT_CHROMIUM=');
    expect(text).toContain('sudo apt-get install -y chromium');
    expect(text).toContain('npx playwright install chromium');
    expect(helpText(machine({ uid: 0 }))).not.toContain('sudo');
  });
});

describe('ensureChromium', () => {
  const quiet = () => {};

  it('returns what is there without installing anything', async () => {
    const calls: string[][] = [];
    const run: CommandRunner = (argv) => (calls.push(argv), 0);
    const m = machine({ files: ['/usr/bin/chromium'], uid: 0, path: { 'apt-get': '/usr/bin/apt-get' } });
    await expect(ensureChromium({ install: true, deps: m, run, log: quiet })).resolves.toEqual({
      path: '/usr/bin/chromium',
      source: 'debian-chromium',
    });
    expect(calls).toEqual([]);
  });

  it('rejects with instructions when installing is not allowed', async () => {
    const m = machine({});
    await expect(ensureChromium({ install: false, deps: m, log: quiet })).rejects.toThrow(/npx playwright install chromium/);
  });

  it('installs with apt as root, then finds the new binary', async () => {
    const m = machine({ uid: 0, path: { 'apt-get': '/usr/bin/apt-get' } });
    const calls: string[][] = [];
    const envs: Record<string, string | undefined>[] = [];
    const run: CommandRunner = (argv, env) => {
      calls.push(argv);
      envs.push(env);
      if (argv.includes('install')) m.files.add('/usr/bin/chromium');
      return 0;
    };
    await expect(ensureChromium({ install: true, deps: m, run, log: quiet })).resolves.toEqual({
      path: '/usr/bin/chromium',
      source: 'debian-chromium',
    });
    expect(calls.map((c) => c.join(' '))).toEqual(['apt-get update', 'apt-get install -y chromium']);
    // apt must never stop to ask a question on a machine with no terminal.
    expect(envs.every((e) => e.DEBIAN_FRONTEND === 'noninteractive')).toBe(true);
  });

  it("installs Playwright's build when apt is not an option", async () => {
    const m = machine({ uid: 1000, playwright: PW });
    const run: CommandRunner = (argv) => {
      expect(argv).toEqual(['npx', 'playwright', 'install', 'chromium']);
      m.files.add(PW);
      return 0;
    };
    await expect(ensureChromium({ install: true, deps: m, run, log: quiet })).resolves.toEqual({ path: PW, source: 'playwright' });
  });

  it('stops at the first failing install command and says what to do', async () => {
    const m = machine({ uid: 0, path: { 'apt-get': '/usr/bin/apt-get' } });
    const calls: string[][] = [];
    const run: CommandRunner = (argv) => (calls.push(argv), 100);
    const err = await ensureChromium({ install: true, deps: m, run, log: quiet }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChromiumNotFoundError);
    expect((err as Error).message).toMatch(/`apt-get update` exited with 100/);
    expect((err as Error).message).toMatch(/SETSCOUT_CHROMIUM/);
    expect(calls).toHaveLength(1);
  });

  it('rejects when the install succeeds but no browser appears', async () => {
    const m = machine({ uid: 1000 });
    await expect(ensureChromium({ install: true, deps: m, run: () => 0, log: quiet })).rejects.toThrow(/still no Chromium/);
  });
});

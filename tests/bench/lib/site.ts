/**
 * What the bench serves: the production build of SetScout at `/`, the comparison
 * pages at `/bench/`, both on one origin from one static host with gzip on, so all
 * three load the very same model files (`/models/*.glb`) the same way.
 *
 * Everything the bench writes lives under node_modules/.cache/setscout-bench/, so
 * it never touches dist/ (which the end-to-end tests of other people may be using).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { benchPagesConfig } from '../vite.bench.config';

export const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const CACHE = join(REPO, 'node_modules/.cache/setscout-bench');
/** A private npm prefix for the peer when the repo does not have it (see findModelViewer). */
export const PEER_DEPS = join(REPO, 'node_modules/.cache/setscout-bench-deps');
export const MODEL_VIEWER_FILE = 'node_modules/@google/model-viewer/dist/model-viewer.min.js';

function run(cmd: string, args: string[], cwd: string): void {
  const res = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  if (res.status !== 0) throw new Error(`\`${cmd} ${args.join(' ')}\` exited with ${res.status ?? res.signal} (in ${cwd})`);
}

function git(args: string[]): string {
  const res = spawnSync('git', args, { cwd: REPO, encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : '';
}

export interface SourceInfo {
  /** What was built: "working tree", or the git revision given with --ref, or a dist folder given with --dist. */
  what: string;
  commit: string;
  /** Uncommitted changes in the app's sources when the working tree was built. */
  dirty: boolean;
}

export function sourceInfo(what: string): SourceInfo {
  const dirty = what === 'working tree' && git(['status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts', 'package.json', 'public', 'models', 'scenes']) !== '';
  return { what, commit: git(['rev-parse', '--short=12', what === 'working tree' ? 'HEAD' : what]) || 'unknown', dirty };
}

/**
 * Production build with a manifest (for the bundle figures), into the cache.
 * `ref` builds a clean export of that git revision instead of the working tree,
 * which keeps half-finished work of other people out of the measurement.
 */
export function buildApp(ref: string | null): string {
  const out = join(CACHE, 'dist');
  let cwd = REPO;
  if (ref) {
    const tree = join(CACHE, 'src-export');
    rmSync(tree, { recursive: true, force: true });
    mkdirSync(tree, { recursive: true });
    const archive = spawnSync('git', ['archive', '--format=tar', ref], { cwd: REPO, maxBuffer: 1 << 30 });
    if (archive.status !== 0) throw new Error(`git archive ${ref} failed: ${archive.stderr.toString()}`);
    const untar = spawnSync('tar', ['-x', '-C', tree], { input: archive.stdout, maxBuffer: 1 << 30 });
    if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr.toString()}`);
    symlinkSync(join(REPO, 'node_modules'), join(tree, 'node_modules'), 'dir');
    cwd = tree;
  }
  run(process.execPath, [join(REPO, 'node_modules/vite/bin/vite.js'), 'build', '--manifest', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], cwd);
  return out;
}

/** Where model-viewer's self-contained bundle is, installing it into a private prefix if needed. */
export function findModelViewer(install: boolean): string | null {
  for (const root of [REPO, PEER_DEPS]) {
    const file = join(root, MODEL_VIEWER_FILE);
    if (existsSync(file)) return file;
  }
  if (!install) return null;
  // Not a dependency of the repo (its peer range for three, ^0.183, excludes the app's
  // three 0.187), so it goes into a private prefix and is served as a file.
  console.log('@google/model-viewer is not installed; installing it into node_modules/.cache/setscout-bench-deps (not package.json).');
  mkdirSync(PEER_DEPS, { recursive: true });
  writeFileSync(join(PEER_DEPS, 'package.json'), JSON.stringify({ name: 'setscout-bench-deps', private: true }));
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['install', '--no-save', '--no-audit', '--no-fund', '@google/model-viewer@^4.4.0'], PEER_DEPS);
  const file = join(PEER_DEPS, MODEL_VIEWER_FILE);
  return existsSync(file) ? file : null;
}

/** Copies the app build, the comparison pages and the peer's bundle into one folder to serve. */
export async function assembleSite(dist: string, modelViewer: string | null): Promise<string> {
  const pages = join(CACHE, 'pages');
  await build(benchPagesConfig(pages));
  const site = join(CACHE, 'site');
  rmSync(site, { recursive: true, force: true });
  cpSync(dist, site, { recursive: true });
  cpSync(pages, join(site, 'bench'), { recursive: true });
  if (modelViewer) cpSync(modelViewer, join(site, 'bench/vendor/model-viewer.min.js'));
  return site;
}

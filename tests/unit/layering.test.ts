/**
 * The folder rules of docs/ARCHITECTURE.md §1, checked rather than remembered:
 *
 *   app ──▶ ui, canvas ──▶ state ──▶ data ──▶ lib
 *
 * - src/ui never imports three, fiber or src/canvas; src/canvas never imports src/ui;
 * - src/lib imports nothing above it, nor react, react-dom, zustand, wouter, three or fiber;
 * - src/data imports only src/lib; src/state never imports src/ui, src/canvas or src/app;
 * - no loop between folders; no source file passes 300 lines.
 *
 * The departures that are still in the code are listed by file below (issue 11 removes them).
 * The lists are a ratchet: a new departure fails, and so does a listed one that is gone (take it
 * off the list), so they can only shrink. Test files (*.test.*) are exempt.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(REPO, 'src');
const MAX_LINES = 300;

/** "importing file → imported folder or package" pairs that break a rule today (none: keep it so). */
const KNOWN_DEPARTURES = new Set<string>([]);

/** Source files allowed past MAX_LINES for now, with the length they may not exceed. */
const OVERSIZE: Record<string, number> = {
  'src/lib/inquiry/pdfLayout.ts': 311,
  'src/lib/i18n/strings/frame.ts': 301,
};

const FOLDERS = ['app', 'ui', 'canvas', 'state', 'data', 'lib'] as const;
type Folder = (typeof FOLDERS)[number];

/** What each folder may import from the others. */
const MAY_IMPORT: Record<Folder, readonly Folder[]> = {
  app: ['ui', 'canvas', 'state', 'data', 'lib'],
  ui: ['state', 'data', 'lib'],
  canvas: ['state', 'data', 'lib'],
  state: ['data', 'lib'],
  data: ['lib'],
  lib: [],
};

/** Packages a folder may not import. */
const FORBIDDEN_PACKAGES: Partial<Record<Folder, RegExp>> = {
  ui: /^(three|three\/.*|@react-three\/.*)$/,
  lib: /^(react|react-dom|react\/.*|react-dom\/.*|zustand|zustand\/.*|wouter|three|three\/.*|@react-three\/.*)$/,
  data: /^(react|react-dom|zustand|zustand\/.*|wouter|three|three\/.*|@react-three\/.*)$/,
  state: /^(three|three\/.*|@react-three\/.*)$/,
};

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|tsx)$/.test(name) && !/\.d\.ts$/.test(name)) out.push(p);
  }
  return out;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

interface Edge {
  file: string;
  spec: string;
  target: string;
}

function importsOf(abs: string): Edge[] {
  const text = readFileSync(abs, 'utf8');
  const file = posix.normalize(relative(REPO, abs).split('\\').join('/'));
  const edges: Edge[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = (m[1] ?? m[2])!;
    if (spec.startsWith('.')) {
      const target = posix.normalize(posix.join(posix.dirname(file), spec));
      edges.push({ file, spec, target });
    } else {
      edges.push({ file, spec, target: spec });
    }
  }
  return edges;
}

const folderOf = (path: string): Folder | null => {
  const m = /^src\/([a-z]+)\//.exec(path);
  return m && (FOLDERS as readonly string[]).includes(m[1]!) ? (m[1] as Folder) : null;
};

const sources = walk(SRC).filter((f) => !/\.test\.(ts|tsx)$/.test(f));
const edges = sources.flatMap(importsOf);

describe('layering (docs/ARCHITECTURE.md §1)', () => {
  it('found the sources and their imports', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(edges.length).toBeGreaterThan(500);
  });

  it('no folder imports one it may not, and no folder imports a forbidden package', () => {
    const found = new Set<string>();
    for (const e of edges) {
      const from = folderOf(e.file);
      if (!from) continue;
      const to = folderOf(`${e.target}/`) ?? folderOf(e.target);
      if (e.target.startsWith('src/')) {
        if (to && to !== from && !MAY_IMPORT[from].includes(to)) found.add(`${e.file} → src/${to}`);
      } else if (FORBIDDEN_PACKAGES[from]?.test(e.spec)) {
        found.add(`${e.file} → ${e.spec}`);
      }
    }
    const fresh = [...found].filter((x) => !KNOWN_DEPARTURES.has(x));
    expect(fresh, 'imports against the folder rules (docs/ARCHITECTURE.md §1)').toEqual([]);
    const gone = [...KNOWN_DEPARTURES].filter((x) => !found.has(x));
    expect(gone, 'listed departures that are fixed: take them off KNOWN_DEPARTURES').toEqual([]);
  });

  it('no loop between folders (known departures aside)', () => {
    const graph = new Map<Folder, Set<Folder>>(FOLDERS.map((f) => [f, new Set<Folder>()]));
    for (const e of edges) {
      const from = folderOf(e.file);
      const to = e.target.startsWith('src/') ? (folderOf(`${e.target}/`) ?? folderOf(e.target)) : null;
      if (from && to && from !== to && !KNOWN_DEPARTURES.has(`${e.file} → src/${to}`)) graph.get(from)!.add(to);
    }
    const loops: string[] = [];
    const visit = (node: Folder, path: Folder[]) => {
      for (const next of graph.get(node)!) {
        if (path.includes(next)) loops.push([...path.slice(path.indexOf(next)), next].join(' → '));
        else visit(next, [...path, next]);
      }
    };
    for (const f of FOLDERS) visit(f, [f]);
    expect(loops).toEqual([]);
  });

  it(`no source file passes ${MAX_LINES} lines`, () => {
    const long: string[] = [];
    const listed: string[] = [];
    for (const abs of sources) {
      const file = relative(REPO, abs).split('\\').join('/');
      const lines = readFileSync(abs, 'utf8').split('\n').length - 1;
      const allowed = OVERSIZE[file];
      if (allowed !== undefined) {
        listed.push(file);
        if (lines > allowed) long.push(`${file}: ${lines} lines (listed at ${allowed}; it may shrink, not grow)`);
      } else if (lines > MAX_LINES) long.push(`${file}: ${lines} lines`);
    }
    expect(long).toEqual([]);
    expect(Object.keys(OVERSIZE).filter((f) => !listed.includes(f)), 'listed files that no longer exist').toEqual([]);
  });
});

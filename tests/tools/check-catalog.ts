/**
 * `npm run check:catalog`: checks every catalog file on disk the way the site
 * will read it, before a broken file reaches a user.
 *
 * - Loads the whole catalog through the app's own loader (src/data/load.ts), so
 *   this check and the site can never disagree about what is valid.
 * - Checks what a browser would fetch next: the model and still files that sets
 *   name exist (and a declared model size matches the file).
 * - Checks that the JSON Schemas published under scenes/schema/ (for editors) are
 *   exactly what src/data/schema.ts generates now; `--write` regenerates them.
 * - Warns about JSON files under scenes/ that nothing references (orphans: usually
 *   a set file someone forgot to list in its base file).
 * - Validates scenes/platform-safe-zones.json with src/data/safeZones.ts when that
 *   module exists.
 *
 * Exit 1 on any problem; warnings alone do not fail.
 */
import type { Dirent } from 'node:fs';
import { existsSync, promises as fs, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod/mini';
import type { Catalog, TextFetcher } from '../../src/data/load';
import { INDEX_FILE, joinPath, loadCatalog } from '../../src/data/load';
import { parseLayout } from '../../src/data/layout/check';
import { LAYOUT_SCHEMAS } from '../../src/data/layout/schema';
import { PUBLISHED_SCHEMAS } from '../../src/data/schema';
import type { CatalogProblem } from '../../src/data/validate';
import { parseJson } from '../../src/data/jsonText';
import { formatProblem } from '../../src/data/validate';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const SCHEMA_DIR = 'scenes/schema';
export const SAFE_ZONES_FILE = 'scenes/platform-safe-zones.json';
const SAFE_ZONES_MODULE = join(REPO, 'src/data/safeZones.ts');
/** Every schema written under scenes/schema/: the catalog's and the set kit's layout (docs/ARCHITECTURE.md §9). */
export const ALL_SCHEMAS = { ...PUBLISHED_SCHEMAS, ...LAYOUT_SCHEMAS } as const;
/** Layout files: scenes/<base>/layouts/<set-id>.json. */
export const isLayoutFile = (file: string) => /^scenes\/[^/]+\/layouts\/[^/]+\.json$/.test(file);

/** Keywords first in this order, the rest alphabetical: diffs of a regenerated schema show only real changes. */
const KEY_ORDER = ['$schema', '$id', '$comment', 'title', 'description', 'type'];
/** Objects whose keys are names (fields, definitions), kept in the order the schema declares them. */
const NAME_MAPS = new Set(['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas']);

function orderKeys(value: unknown, keysAreNames = false): unknown {
  if (Array.isArray(value)) return value.map((v) => orderKeys(v));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (!keysAreNames) {
    entries.sort(([a], [b]) => {
      const ia = KEY_ORDER.indexOf(a);
      const ib = KEY_ORDER.indexOf(b);
      if (ia >= 0 || ib >= 0) return (ia < 0 ? KEY_ORDER.length : ia) - (ib < 0 ? KEY_ORDER.length : ib);
      return a < b ? -1 : a > b ? 1 : 0;
    });
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, orderKeys(v, !keysAreNames && NAME_MAPS.has(k))]));
}

/** The exact text of a published schema file: 2-space JSON, stable key order, trailing newline. */
export function schemaText(schema: z.ZodMiniType): string {
  // io: 'input' describes what a person writes: fields with defaults are optional.
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
  json.$comment = 'Generated from src/data/schema.ts by `npm run check:catalog -- --write`. Do not edit by hand.';
  return `${JSON.stringify(orderKeys(json), null, 2)}\n`;
}

export interface CheckReport {
  problems: CatalogProblem[];
  warnings: string[];
  notes: string[];
  written: string[];
  summary: string | null;
}

export interface CheckOptions {
  /** Folder holding scenes/ and models/ (the repo root; also the site root). */
  root?: string;
  /** Regenerate scenes/schema/*.schema.json instead of only comparing. */
  write?: boolean;
  /** Path of the safe-zones module; null skips that check. */
  safeZonesModule?: string | null;
}

export function fileFetcher(root: string): TextFetcher {
  return async (path) => {
    try {
      return { ok: true, status: 200, text: await fs.readFile(join(root, path), 'utf8') };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return { ok: false, status: code === 'ENOENT' || code === 'EISDIR' ? 404 : 500, text: '' };
    }
  };
}

async function listJson(root: string, dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string) => {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) await walk(child);
      else if (e.name.endsWith('.json')) out.push(child);
    }
  };
  await walk(dir);
  return out.sort();
}

async function readRaw(root: string, file: string): Promise<unknown> {
  try {
    const parsed = parseJson(await fs.readFile(join(root, file), 'utf8'), file);
    return parsed.ok ? parsed.value : undefined;
  } catch {
    return undefined;
  }
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * Files the catalog points at, read from the raw JSON rather than the validated
 * catalog: a base file with a typo must not turn all its sets into "orphans".
 */
async function referencedFiles(root: string): Promise<Map<string, 'index' | 'base' | 'set' | 'cameras'>> {
  const refs = new Map<string, 'index' | 'base' | 'set' | 'cameras'>([[INDEX_FILE, 'index']]);
  const index = (await readRaw(root, INDEX_FILE)) as { bases?: unknown; cameras?: unknown } | undefined;
  if (!index || typeof index !== 'object') return refs;
  if (typeof index.cameras === 'string') refs.set(joinPath(INDEX_FILE, index.cameras), 'cameras');
  for (const rel of strings(index.bases)) {
    const baseFile = joinPath(INDEX_FILE, rel);
    refs.set(baseFile, 'base');
    const base = (await readRaw(root, baseFile)) as { sets?: unknown } | undefined;
    if (base && typeof base === 'object') for (const s of strings(base.sets)) refs.set(joinPath(baseFile, s), 'set');
  }
  return refs;
}

const SCHEMA_FOR_KIND = { index: 'index.schema.json', base: 'base.schema.json', set: 'set.schema.json', cameras: 'cameras.schema.json' } as const;

function catalogProblems(catalog: Catalog): CatalogProblem[] {
  const out = [...catalog.cameraProblems];
  for (const b of catalog.bases) out.push(...b.problems);
  return out;
}

/** What a browser would fetch after the JSON: models and stills must be there. */
function assetProblems(root: string, catalog: Catalog): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  for (const b of catalog.bases) {
    if (b.status !== 'ok') continue;
    for (const set of b.sets) {
      if (set.model) {
        const path = join(root, set.model.file);
        if (!existsSync(path) || !statSync(path).isFile()) {
          out.push({ file: set.file, path: '$.model.file', expected: 'an existing model file (see `npm run models`)', found: `no file ${set.model.file}` });
        } else if (set.model.bytes !== undefined && statSync(path).size !== set.model.bytes) {
          out.push({
            file: set.file,
            path: '$.model.bytes',
            expected: `the size of ${set.model.file} (${statSync(path).size})`,
            found: String(set.model.bytes),
          });
        }
      }
      if (set.still) {
        const path = join(root, set.still);
        if (!existsSync(path) || !statSync(path).isFile()) {
          out.push({ file: set.file, path: '$.still', expected: 'an existing image file', found: `no file ${set.still}` });
        }
      }
    }
  }
  return out;
}

async function checkSafeZones(root: string, modulePath: string | null | undefined, report: CheckReport): Promise<void> {
  if (modulePath === null) return;
  const mod = modulePath ?? SAFE_ZONES_MODULE;
  if (!existsSync(mod)) {
    report.notes.push(`${SAFE_ZONES_FILE}: not checked (${relative(REPO, mod).split(sep).join('/')} does not exist yet)`);
    return;
  }
  const loaded = (await import(pathToFileURL(mod).href)) as { parseSafeZones?: (raw: unknown, file: string) => unknown };
  if (typeof loaded.parseSafeZones !== 'function') {
    report.problems.push({ file: SAFE_ZONES_FILE, path: '$', expected: 'src/data/safeZones.ts to export parseSafeZones(raw, file)', found: 'no such export' });
    return;
  }
  const res = await fileFetcher(root)(SAFE_ZONES_FILE);
  if (!res.ok) {
    report.problems.push({ file: SAFE_ZONES_FILE, path: '$', expected: 'the file to exist', found: `HTTP ${res.status}` });
    return;
  }
  const parsed = parseJson(res.text, SAFE_ZONES_FILE);
  if (!parsed.ok) {
    report.problems.push(...parsed.problems);
    return;
  }
  try {
    const result = loaded.parseSafeZones(parsed.value, SAFE_ZONES_FILE) as { ok?: boolean; problems?: CatalogProblem[] } | undefined;
    if (result && result.ok === false) {
      report.problems.push(...(result.problems?.length ? result.problems : [{ file: SAFE_ZONES_FILE, path: '$', expected: 'valid safe zones', found: 'invalid' }]));
    }
  } catch (err) {
    report.problems.push({ file: SAFE_ZONES_FILE, path: '$', expected: 'valid safe zones', found: err instanceof Error ? err.message : String(err) });
  }
}

export async function checkCatalog(options: CheckOptions = {}): Promise<CheckReport> {
  const root = options.root ?? REPO;
  const report: CheckReport = { problems: [], warnings: [], notes: [], written: [], summary: null };

  // 1. Published schemas.
  const schemaNames = new Set<string>();
  for (const [name, schema] of Object.entries(ALL_SCHEMAS)) {
    schemaNames.add(name);
    const file = `${SCHEMA_DIR}/${name}`;
    const want = schemaText(schema);
    const have = await fs.readFile(join(root, file), 'utf8').catch(() => null);
    if (have === want) continue;
    if (options.write) {
      await fs.mkdir(join(root, SCHEMA_DIR), { recursive: true });
      await fs.writeFile(join(root, file), want);
      report.written.push(file);
    } else {
      report.problems.push({
        file,
        path: '$',
        expected: 'the schema generated from src/data/schema.ts (run `npm run check:catalog -- --write`)',
        found: have === null ? 'no file' : 'an out-of-date copy',
      });
    }
  }
  for (const file of await listJson(root, SCHEMA_DIR)) {
    if (!schemaNames.has(file.slice(SCHEMA_DIR.length + 1))) report.warnings.push(`${file}: not generated from PUBLISHED_SCHEMAS (src/data/schema.ts) or LAYOUT_SCHEMAS (src/data/layout/schema.ts); delete it if it is left over`);
  }

  // 2. The catalog, through the app's loader.
  const result = await loadCatalog(fileFetcher(root));
  if (!result.ok) {
    report.problems.push(...result.problems);
  } else {
    const { catalog } = result;
    report.problems.push(...catalogProblems(catalog), ...assetProblems(root, catalog));
    const ok = catalog.bases.filter((b) => b.status === 'ok');
    const sets = ok.reduce((n, b) => n + (b.status === 'ok' ? b.sets.length : 0), 0);
    report.summary = `${ok.length} of ${catalog.bases.length} bases and ${sets} sets loaded, ${catalog.cameras?.bodies.length ?? 0} camera bodies, ${catalog.cameras?.lenses.length ?? 0} lens sets`;
  }

  // 3. References: orphans, and $schema pointers editors use.
  const refs = await referencedFiles(root);
  for (const file of await listJson(root, 'scenes')) {
    if (file.startsWith(`${SCHEMA_DIR}/`) || file === SAFE_ZONES_FILE) continue;
    if (isLayoutFile(file)) {
      const raw = (await readRaw(root, file)) as unknown;
      if (raw === undefined) {
        report.problems.push({ file, path: '$', expected: 'well-formed JSON', found: 'a file that does not parse' });
        continue;
      }
      const parsed = parseLayout(raw, file);
      if (!parsed.ok) report.problems.push(...parsed.problems);
      else {
        const setFile = `${file.slice(0, file.indexOf('/layouts/'))}/sets/${parsed.value.set}.json`;
        if (!refs.has(setFile)) report.problems.push({ file, path: '$.set', expected: `a set listed in its base (${setFile})`, found: JSON.stringify(parsed.value.set) });
        if (parsed.value.$schema !== undefined && joinPath(file, parsed.value.$schema) !== `${SCHEMA_DIR}/layout.schema.json`)
          report.warnings.push(`${file}: "$schema" points at ${joinPath(file, parsed.value.$schema)}, expected ${SCHEMA_DIR}/layout.schema.json`);
      }
      continue;
    }
    const kind = refs.get(file);
    if (!kind) {
      report.warnings.push(`${file}: not referenced by the catalog (orphan): list it in a base file's "sets" or delete it`);
      continue;
    }
    const raw = (await readRaw(root, file)) as { $schema?: unknown } | undefined;
    if (raw && typeof raw === 'object' && typeof raw.$schema === 'string') {
      const want = `${SCHEMA_DIR}/${SCHEMA_FOR_KIND[kind]}`;
      const points = joinPath(file, raw.$schema);
      if (points !== want) report.warnings.push(`${file}: "$schema" points at ${points}, expected ${want} (editors will validate against the wrong schema)`);
    }
  }

  // 4. The set-to-file index a set page's first frame reads (docs/ARCHITECTURE.md §2).
  await checkSetFiles(root, refs, options.write === true, report);

  // 5. Platform safe zones (another module owns their format).
  await checkSafeZones(root, options.safeZonesModule, report);
  return report;
}

/** index.json's `setFiles` as the bases list them now: set id → file relative to the index. */
export async function wantedSetFiles(root: string, refs: Map<string, string>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const indexDir = INDEX_FILE.slice(0, INDEX_FILE.lastIndexOf('/') + 1);
  for (const [file, kind] of refs) {
    if (kind !== 'set') continue;
    const raw = (await readRaw(root, file)) as { id?: unknown } | undefined;
    if (raw && typeof raw.id === 'string' && !(raw.id in out)) out[raw.id] = file.slice(indexDir.length);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The index text with its `setFiles` member replaced (or added after `cameras`), the rest untouched. */
export function spliceSetFiles(text: string, files: Record<string, string>): string {
  const rows = Object.entries(files).map(([id, f]) => `    ${JSON.stringify(id)}: ${JSON.stringify(f)}`);
  const block = `"setFiles": {\n${rows.join(',\n')}\n  }`;
  const existing = /"setFiles"\s*:\s*\{[^}]*\}/;
  if (existing.test(text)) return text.replace(existing, block);
  return text.replace(/("cameras"\s*:\s*"[^"]*")(,?)/, (_m, cam: string) => `${cam},\n  ${block},`);
}

async function checkSetFiles(root: string, refs: Map<string, string>, write: boolean, report: CheckReport): Promise<void> {
  const raw = (await readRaw(root, INDEX_FILE)) as { setFiles?: unknown } | undefined;
  if (!raw || typeof raw !== 'object') return;
  const want = await wantedSetFiles(root, refs);
  const have = raw.setFiles && typeof raw.setFiles === 'object' ? (raw.setFiles as Record<string, unknown>) : null;
  if (have && JSON.stringify(Object.entries(have)) === JSON.stringify(Object.entries(want))) return;
  if (!have && !write) {
    report.warnings.push(`${INDEX_FILE}: no "setFiles": a set page reads every base before its first frame (run \`npm run check:catalog -- --write\`)`);
    return;
  }
  if (write) {
    const text = await fs.readFile(join(root, INDEX_FILE), 'utf8');
    await fs.writeFile(join(root, INDEX_FILE), spliceSetFiles(text, want));
    report.written.push(INDEX_FILE);
    return;
  }
  const stale = Object.keys(want).filter((id) => have?.[id] !== want[id]);
  const extra = have ? Object.keys(have).filter((id) => !(id in want)) : [];
  report.problems.push({
    file: INDEX_FILE,
    path: '$.setFiles',
    expected: 'every listed set, id → file, in id order (run `npm run check:catalog -- --write`)',
    found: [...stale.map((id) => `${id} missing or stale`), ...extra.map((id) => `${id} not listed by a base`)].join(', ') || 'another order',
  });
}

function print(report: CheckReport): void {
  for (const file of report.written) console.log(`wrote ${file}`);
  if (report.summary) console.log(`Catalog: ${report.summary}`);
  const byFile = new Map<string, CatalogProblem[]>();
  for (const p of report.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  for (const [file, problems] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    console.log(`\n✖ ${file} (${problems.length} problem${problems.length === 1 ? '' : 's'})`);
    for (const p of problems) console.log(`    ${formatProblem(p)}`);
  }
  if (report.warnings.length || report.notes.length) console.log('');
  for (const w of report.warnings) console.log(`⚠ warning: ${w}`);
  for (const n of report.notes) console.log(`  note: ${n}`);
  const n = report.problems.length;
  console.log(
    n === 0
      ? `\n✔ catalog OK (${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'})`
      : `\n✖ ${n} problem${n === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}`,
  );
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (isMain) {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--write');
  if (unknown.length) {
    console.error(`Unknown argument ${unknown.join(' ')}. Usage: npm run check:catalog [-- --write]`);
    process.exit(2);
  }
  checkCatalog({ write: args.includes('--write') }).then(
    (report) => {
      print(report);
      process.exitCode = report.problems.length ? 1 : 0;
    },
    (err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
      process.exitCode = 1;
    },
  );
}

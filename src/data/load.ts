/**
 * The one place raw catalog JSON is touched: fetch, parse, validate, cross-check,
 * and hand out typed domain objects or precise problems. A broken file costs only
 * what it describes: a broken set file drops that set, a broken base file drops
 * that base; the rest of the catalog keeps working.
 */
import type { BaseEntry, CameraCatalog, CatalogIndex, SetEntry } from './schema';
import { BaseEntry as BaseSchema, CameraCatalog as CameraSchema, CatalogIndex as IndexSchema, SetEntry as SetSchema } from './schema';
import type { CatalogProblem, Validated } from './validate';
import { validate } from './validate';
import { takeEarly } from '../lib/catalog/early';

export interface CatalogSet extends SetEntry {
  baseId: string;
  /** The file the set came from, relative to the site root. */
  file: string;
}

export interface LoadedBase {
  status: 'ok';
  file: string;
  base: BaseEntry;
  sets: CatalogSet[];
  /** Problems with some of its set files (those sets are left out). */
  problems: CatalogProblem[];
}

export interface FailedBase {
  status: 'error';
  file: string;
  problems: CatalogProblem[];
}

export type BaseResult = LoadedBase | FailedBase;

export interface Catalog {
  index: CatalogIndex;
  bases: BaseResult[];
  cameras: CameraCatalog | null;
  cameraProblems: CatalogProblem[];
}

export type CatalogResult = { ok: true; catalog: Catalog } | { ok: false; problems: CatalogProblem[] };

/** Reads a file of the site; paths are relative to the site root ("scenes/index.json"). */
export type TextFetcher = (path: string, signal?: AbortSignal) => Promise<{ ok: boolean; status: number; text: string }>;

export const INDEX_FILE = 'scenes/index.json';

export function joinPath(fromFile: string, relative: string): string {
  const dir = fromFile.slice(0, fromFile.lastIndexOf('/') + 1);
  const parts = (dir + relative).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

async function readJson<T>(
  fetchText: TextFetcher,
  file: string,
  check: (raw: unknown) => Validated<T>,
  signal?: AbortSignal,
): Promise<Validated<T>> {
  let res: Awaited<ReturnType<TextFetcher>>;
  try {
    res = await fetchText(file, signal);
  } catch (err) {
    if (signal?.aborted) throw err;
    return { ok: false, problems: [{ file, path: '$', expected: 'the file to be reachable', found: `a network error (${err instanceof Error ? err.message : String(err)})` }] };
  }
  if (!res.ok) {
    return { ok: false, problems: [{ file, path: '$', expected: 'the file to exist', found: `HTTP ${res.status}` }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(res.text);
  } catch {
    // The syntax-error report (line and column) loads only for a broken file.
    const parsed = (await import('./jsonText')).parseJson(res.text, file);
    return parsed.ok ? check(parsed.value) : parsed;
  }
  return check(value);
}

function problem(file: string, path: string, expected: string, found: string): CatalogProblem {
  return { file, path, expected, found };
}

/** Checks references that a per-file schema cannot see. */
export function crossCheckSet(set: SetEntry, file: string, index: CatalogIndex, base: BaseEntry, cameras: CameraCatalog | null): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
  const categories = ids(index.categories);
  const eras = ids(index.eras);
  const genres = ids(index.genres);
  const dramas = ids(base.dramas);
  const known = (set: Set<string>) => [...set].map((x) => JSON.stringify(x)).join(', ');
  if (!categories.has(set.category)) out.push(problem(file, '$.category', `a category from scenes/index.json (${known(categories)})`, JSON.stringify(set.category)));
  if (!eras.has(set.era)) out.push(problem(file, '$.era', `an era from scenes/index.json (${known(eras)})`, JSON.stringify(set.era)));
  set.genres.forEach((g, i) => {
    if (!genres.has(g)) out.push(problem(file, `$.genres[${i}]`, `a genre from scenes/index.json (${known(genres)})`, JSON.stringify(g)));
  });
  set.dramas.ids.forEach((d, i) => {
    if (!dramas.has(d)) out.push(problem(file, `$.dramas.ids[${i}]`, `a drama id from the base file's "dramas"`, JSON.stringify(d)));
  });
  const unique = (list: { id: string }[], key: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) out.push(problem(file, `$.${key}[${i}].id`, `an id not used earlier in "${key}"`, JSON.stringify(x.id)));
      seen.add(x.id);
    });
  };
  unique(set.hotspots, 'hotspots');
  unique(set.tour, 'tour');
  unique(set.shots, 'shots');
  const hotspotIds = ids(set.hotspots);
  set.tour.forEach((stop, i) => {
    if (stop.hotspot && !hotspotIds.has(stop.hotspot)) out.push(problem(file, `$.tour[${i}].hotspot`, 'a hotspot id of this set', JSON.stringify(stop.hotspot)));
  });
  if (cameras) {
    const bodies = ids(cameras.bodies);
    set.shots.forEach((shot, i) => {
      if (!bodies.has(shot.body)) out.push(problem(file, `$.shots[${i}].body`, 'a camera body id from scenes/cameras.json', JSON.stringify(shot.body)));
    });
  }
  set.availability.booked.forEach((b, i) => {
    if (b.from > b.to) out.push(problem(file, `$.availability.booked[${i}]`, '"from" on or before "to"', `${b.from} → ${b.to}`));
  });
  if (set.rates.halfDay > set.rates.day) out.push(problem(file, '$.rates.halfDay', 'a half-day rate no higher than the day rate', String(set.rates.halfDay)));
  return out;
}

async function loadBase(
  fetchText: TextFetcher,
  file: string,
  index: CatalogIndex,
  cameras: CameraCatalog | null,
  signal?: AbortSignal,
): Promise<BaseResult> {
  const baseRes = await readJson(fetchText, file, (raw) => validate(BaseSchema, raw, file), signal);
  if (!baseRes.ok) return { status: 'error', file, problems: baseRes.problems };
  const base = baseRes.value;
  const genres = new Set(index.genres.map((g) => g.id));
  const baseProblems: CatalogProblem[] = [];
  base.dramas.forEach((d, i) => {
    if (!genres.has(d.genre)) baseProblems.push(problem(file, `$.dramas[${i}].genre`, 'a genre id from scenes/index.json', JSON.stringify(d.genre)));
  });
  if (baseProblems.length) return { status: 'error', file, problems: baseProblems };

  const setFiles = base.sets.map((rel) => joinPath(file, rel));
  const results = await Promise.all(
    setFiles.map((setFile) =>
      readJson(
        fetchText,
        setFile,
        (raw) => {
          const v = validate(SetSchema, raw, setFile);
          if (!v.ok) return v;
          const cross = crossCheckSet(v.value, setFile, index, base, cameras);
          return cross.length ? { ok: false as const, problems: cross } : v;
        },
        signal,
      ),
    ),
  );
  const sets: CatalogSet[] = [];
  const problems: CatalogProblem[] = [];
  results.forEach((r, i) => {
    const setFile = setFiles[i] ?? '';
    if (r.ok) sets.push({ ...r.value, baseId: base.id, file: setFile });
    else problems.push(...r.problems);
  });
  const setIds = new Set(sets.map((s) => s.id));
  const tourProblems = base.tour
    .map((stop, i) => (setIds.has(stop.set) ? null : problem(file, `$.tour[${i}].set`, 'the id of a set of this base', JSON.stringify(stop.set))))
    .filter((p): p is CatalogProblem => p !== null);
  return { status: 'ok', file, base, sets, problems: [...problems, ...tourProblems] };
}

/** Loads and checks the whole catalog. Throws only when aborted. */
export async function loadCatalog(fetchText: TextFetcher, signal?: AbortSignal): Promise<CatalogResult> {
  const indexRes = await readJson(fetchText, INDEX_FILE, (raw) => validate(IndexSchema, raw, INDEX_FILE), signal);
  if (!indexRes.ok) return { ok: false, problems: indexRes.problems };
  const index = indexRes.value;

  const camerasFile = joinPath(INDEX_FILE, index.cameras);
  const camerasRes = await readJson(fetchText, camerasFile, (raw) => validate(CameraSchema, raw, camerasFile), signal);
  const cameras = camerasRes.ok ? camerasRes.value : null;

  const bases = await Promise.all(index.bases.map((rel) => loadBase(fetchText, joinPath(INDEX_FILE, rel), index, cameras, signal)));

  // Set ids are route ids (/sets/:setId): unique across every base.
  const seen = new Map<string, string>();
  const seenBases = new Set<string>();
  for (const b of bases) {
    if (b.status !== 'ok') continue;
    if (seenBases.has(b.base.id)) {
      b.problems.push(problem(b.file, '$.id', 'a base id not used by another base file', JSON.stringify(b.base.id)));
    }
    seenBases.add(b.base.id);
    b.sets = b.sets.filter((s) => {
      const earlier = seen.get(s.id);
      if (earlier) {
        b.problems.push(problem(s.file, '$.id', `a set id not already used (by ${earlier})`, JSON.stringify(s.id)));
        return false;
      }
      seen.set(s.id, s.file);
      return true;
    });
  }
  return { ok: true, catalog: { index, bases, cameras, cameraProblems: camerasRes.ok ? [] : camerasRes.problems } };
}

/** The browser's fetcher: paths resolve against the document base, so a sub-path host works. */
export const browserFetcher: TextFetcher = async (path, signal) => {
  const url = new URL(path, document.baseURI).href;
  // A download index.html started early, unless it failed: then (or when cancelled) fetch as usual.
  const early = await takeEarly(url)?.catch(() => undefined);
  const res = early && !signal?.aborted ? early : await fetch(url, { signal, cache: 'no-cache' });
  return { ok: res.ok, status: res.status, text: res.ok ? await res.text() : '' };
};

/** A stable id for a base tab: its own id, or for a file that failed, the folder it sits in. */
export function baseKey(b: BaseResult): string {
  if (b.status === 'ok') return b.base.id;
  const parts = b.file.split('/');
  const folder = parts.length > 2 ? parts[parts.length - 2] : (parts[parts.length - 1] ?? '').replace(/\.json$/, '');
  return (folder ?? 'base').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'base';
}

export function findSet(catalog: Catalog, setId: string): CatalogSet | undefined {
  for (const b of catalog.bases) {
    if (b.status !== 'ok') continue;
    const s = b.sets.find((x) => x.id === setId);
    if (s) return s;
  }
  return undefined;
}

export function findBase(catalog: Catalog, baseId: string): LoadedBase | undefined {
  return catalog.bases.find((b): b is LoadedBase => b.status === 'ok' && b.base.id === baseId);
}

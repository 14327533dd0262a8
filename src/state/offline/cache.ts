/**
 * The page's side of Cache Storage (docs/ARCHITECTURE.md §8): one cache of saved sets per
 * base, shared with the service worker's model route, which serves and revalidates them.
 */
import type { OfflineFile, SavedRecord } from '../../lib/offline/files';
import { parseSavedRecord } from '../../lib/offline/files';
import { gltfExtensions } from '../../lib/offline/decoders';
import { knownModelExtensions } from '../modelExtensions';
import { SAVE_HEADER } from '../../lib/offline/protocol';
import { cacheName, savedRecordUrl, setIdOfRecord } from '../../lib/offline/scope';

/** The app's base as an absolute URL ending in "/": the worker's scope. */
export const scope = (): string => new URL('.', document.baseURI).href;
const abs = (path: string) => new URL(path, document.baseURI).href;

export const hasCaches = (): boolean => typeof caches !== 'undefined';

export async function listSaved(): Promise<SavedRecord[]> {
  if (!hasCaches()) return [];
  const cache = await caches.open(cacheName('saved', scope()));
  const out: SavedRecord[] = [];
  for (const req of await cache.keys()) {
    if (!setIdOfRecord(req.url, scope())) continue;
    const record = parseSavedRecord(await (await cache.match(req))?.json().catch(() => null));
    if (record) out.push(record);
  }
  return out.sort((a, b) => b.savedAt - a.savedAt);
}

/** Model URLs kept among the recent sets. */
export async function listRecent(): Promise<string[]> {
  if (!hasCaches()) return [];
  const cache = await caches.open(cacheName('recent', scope()));
  return (await cache.keys()).map((r) => r.url);
}

/** A shared file (decoder, PDF font) that a saved set already holds is not fetched again. */
async function alreadySaved(f: OfflineFile): Promise<boolean> {
  if (!f.shared) return false;
  const cache = await caches.open(cacheName('saved', scope()));
  return !!(await cache.match(abs(f.path)));
}

/**
 * The glTF extensions a model declares, read from the head of the file (a GLB's JSON chunk;
 * the download stops there), so the decoders it needs are saved and counted before it starts.
 */
export async function modelExtensions(path: string, signal?: AbortSignal): Promise<readonly string[]> {
  // Loaded in the viewer already: its JSON was read then.
  const known = knownModelExtensions(abs(path));
  if (known) return known;
  try {
    // A host that honours Range sends just the head (a GLB's JSON chunk comes first).
    const res = await fetch(abs(path), { cache: 'no-cache', headers: { [SAVE_HEADER]: '1', Range: 'bytes=0-4194303' }, signal });
    if (!res.ok || !res.body) return [];
    const reader = res.body.getReader();
    let head = new Uint8Array(0);
    for (;;) {
      const { done, value } = await reader.read();
      if (value) {
        const next = new Uint8Array(head.byteLength + value.byteLength);
        next.set(head);
        next.set(value, head.byteLength);
        head = next;
      }
      const found = gltfExtensions(head, done);
      if (found) {
        if (!done) void reader.cancel().catch(() => undefined);
        return found;
      }
      if (done) return [];
    }
  } catch {
    return [];
  }
}

/** Each file's size from the server (HEAD), else the catalog's figure; 0 for a shared file already saved. */
export async function measure(files: readonly OfflineFile[], signal?: AbortSignal): Promise<number[]> {
  return Promise.all(
    files.map(async (f) => {
      try {
        if (await alreadySaved(f)) return 0;
        const res = await fetch(abs(f.path), { method: 'HEAD', cache: 'no-cache', signal });
        const n = Number(res.headers.get('Content-Length'));
        return res.ok && n > 0 ? n : f.bytes;
      } catch {
        return f.bytes;
      }
    }),
  );
}

/** Downloads each file into the saved cache, reporting bytes per file, then writes the record. */
export async function saveFiles(
  id: string,
  files: readonly OfflineFile[],
  onBytes: (index: number, received: number) => void,
  signal: AbortSignal,
): Promise<SavedRecord> {
  const cache = await caches.open(cacheName('saved', scope()));
  let total = 0;
  const urls: string[] = [];
  for (const [i, f] of files.entries()) {
    const url = abs(f.path);
    urls.push(url);
    if (await alreadySaved(f)) continue;
    const res = await fetch(url, { cache: 'no-cache', headers: { [SAVE_HEADER]: '1' }, signal });
    if (!res.ok || !res.body) throw new Error(`${f.path}: HTTP ${res.status}`);
    const reader = res.body.getReader();
    const parts: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      received += value.byteLength;
      onBytes(i, received);
    }
    const headers = new Headers({ 'Content-Type': res.headers.get('Content-Type') ?? 'application/octet-stream', 'Content-Length': String(received) });
    await cache.put(url, new Response(new Blob(parts as BlobPart[]), { status: 200, headers }));
    total += received;
  }
  const record: SavedRecord = { id, files: urls, bytes: total, savedAt: Date.now() };
  await cache.put(savedRecordUrl(scope(), id), new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }));
  return record;
}

export async function removeSaved(record: SavedRecord, stillSaved: readonly SavedRecord[]): Promise<void> {
  const cache = await caches.open(cacheName('saved', scope()));
  // A file another saved set also lists (a shared model) stays.
  const keep = new Set(stillSaved.filter((r) => r.id !== record.id).flatMap((r) => r.files));
  await Promise.all(record.files.filter((f) => !keep.has(f)).map((f) => cache.delete(f)));
  await cache.delete(savedRecordUrl(scope(), record.id));
}

/** The files a set needs to open offline in every mode (docs/ARCHITECTURE.md §8). */
import { decoderFiles } from './decoders';

export interface OfflineFile {
  /** Relative to the site root, as the catalog names it. */
  path: string;
  /** The catalog's figure, 0 when it has none. */
  bytes: number;
  /**
   * Not the set's own: a decoder or the PDF font, the same for every set. Kept once, not
   * downloaded again (nor counted in the size) when a saved set already holds it.
   */
  shared?: boolean;
}

/** What a set needs beyond its own files, found out when it is measured or saved. */
export interface OfflineExtras {
  /** The glTF extensions its model declares (see decoders.ts). */
  extensions?: readonly string[];
  /** Files of the app that are not precached (the PDF font and its subsetter). */
  app?: readonly OfflineFile[];
}

/**
 * Its model and still, the decoders its model declares (Draco, KTX2), and the app files that
 * are not precached (the PDF font, too big for every visitor's precache). The code of every
 * mode, the catalogs, the cameras and the safe zones are already in the worker's precache.
 */
export function offlineFiles(
  set: { model: { file: string; bytes?: number | undefined } | null; still?: string | undefined },
  extras: OfflineExtras = {},
): OfflineFile[] {
  const out: OfflineFile[] = [];
  if (set.model) out.push({ path: set.model.file, bytes: set.model.bytes ?? 0 });
  if (set.still) out.push({ path: set.still, bytes: 0 });
  if (set.model) out.push(...decoderFiles(extras.extensions ?? []));
  for (const f of extras.app ?? []) out.push({ ...f, shared: true });
  const seen = new Set<string>();
  return out.filter((f) => !seen.has(f.path) && !!seen.add(f.path));
}

/** The record kept beside a saved set's files. */
export interface SavedRecord {
  id: string;
  files: string[];
  bytes: number;
  savedAt: number;
}

export function parseSavedRecord(value: unknown): SavedRecord | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || !Array.isArray(v.files) || !v.files.every((f) => typeof f === 'string')) return null;
  const bytes = typeof v.bytes === 'number' && Number.isFinite(v.bytes) ? v.bytes : 0;
  const savedAt = typeof v.savedAt === 'number' && Number.isFinite(v.savedAt) ? v.savedAt : 0;
  return { id: v.id, files: v.files as string[], bytes, savedAt };
}

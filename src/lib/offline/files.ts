/** The files a set needs to open offline in every mode (docs/ARCHITECTURE.md §8). */
export interface OfflineFile {
  /** Relative to the site root, as the catalog names it. */
  path: string;
  /** The catalog's figure, 0 when it has none. */
  bytes: number;
}

/**
 * Its model and still. The code of every mode, the catalogs, the cameras and the safe zones
 * are already in the worker's precache; a model compressed with Draco or KTX2 would also need
 * the decoders under decoders/, which the generated models do not use.
 */
export function offlineFiles(set: { model: { file: string; bytes?: number | undefined } | null; still?: string | undefined }): OfflineFile[] {
  const out: OfflineFile[] = [];
  if (set.model) out.push({ path: set.model.file, bytes: set.model.bytes ?? 0 });
  if (set.still) out.push({ path: set.still, bytes: 0 });
  return out;
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

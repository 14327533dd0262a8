/**
 * The glTF extensions of each model the viewer has loaded, by absolute URL, so "Save for
 * offline" (src/state/offline) knows the decoders a model needs without fetching it again
 * (docs/ARCHITECTURE.md §8). Written once per load, read when a save is measured.
 */
const byUrl = new Map<string, readonly string[]>();

export function noteModelExtensions(url: string, json: { extensionsUsed?: unknown; extensionsRequired?: unknown } | undefined): void {
  const names = [json?.extensionsUsed, json?.extensionsRequired].flatMap((l) => (Array.isArray(l) ? l.filter((x): x is string => typeof x === 'string') : []));
  byUrl.set(url, [...new Set(names)].sort());
}

export function knownModelExtensions(url: string): readonly string[] | undefined {
  return byUrl.get(url);
}

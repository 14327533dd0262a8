/**
 * localStorage reads and writes that never throw: private mode, a blocked or full storage
 * just means nothing persists (the stores keep working in memory).
 */
export function readStorage(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Whether the value was stored. */
export function writeStorage(key: string, value: string): boolean {
  try {
    globalThis.localStorage?.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

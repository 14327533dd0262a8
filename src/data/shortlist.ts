/** The shortlist as kept in localStorage: a JSON array of set ids (at most MAX). */
export const SHORTLIST_MAX = 24;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads a stored shortlist, keeping every well-formed id and counting what it had to drop. */
export function parseShortlist(raw: string | null): { ids: string[]; dropped: number } {
  if (!raw) return { ids: [], dropped: 0 };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ids: [], dropped: 1 };
  }
  if (!Array.isArray(value)) return { ids: [], dropped: 1 };
  const ids: string[] = [];
  let dropped = 0;
  for (const item of value) {
    if (typeof item === 'string' && ID.test(item) && !ids.includes(item) && ids.length < SHORTLIST_MAX) ids.push(item);
    else dropped++;
  }
  return { ids, dropped };
}

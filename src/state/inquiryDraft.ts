/**
 * The inquiry form's typed fields, kept in localStorage as they are typed, so a draft survives
 * a reload, a lost connection or an offline session (docs/ARCHITECTURE.md §8). The chosen sets
 * and language are not kept: they come from the shortlist and the page each time.
 */
const KEY = 'setscout.inquiry.draft.v1';
export const DRAFT_FIELDS = ['from', 'to', 'crew', 'name', 'company', 'email', 'phone', 'notes'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type StoredDraft = Partial<Record<DraftField, string>>;

/** Every field that is a string of sane length; anything else is dropped. */
export function parseDraft(raw: string | null): StoredDraft {
  if (!raw) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {};
  }
  if (!value || typeof value !== 'object') return {};
  const out: StoredDraft = {};
  for (const f of DRAFT_FIELDS) {
    const v = (value as Record<string, unknown>)[f];
    if (typeof v === 'string' && v.length <= 4000) out[f] = v;
  }
  return out;
}

export function loadDraft(): StoredDraft {
  try {
    return parseDraft(globalThis.localStorage?.getItem(KEY) ?? null);
  } catch {
    return {};
  }
}

export function saveDraft(draft: StoredDraft): void {
  const out: StoredDraft = {};
  for (const f of DRAFT_FIELDS) if (draft[f]) out[f] = draft[f];
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(out));
  } catch {
    // Storage full or blocked: the draft lives on in the form.
  }
}

import { splitQuery } from './query';
import type { CamParam } from './viewUrl';
import { VIEW_KEYS, parseViewParams } from './viewUrl';

/** Parameters the start-up first frame understands; anything else is the app's to decide. */
const BOOT_KEYS: ReadonlySet<string> = new Set(['lang', 'mode', 'cam']);

/**
 * The view a set page can draw before the app has started (docs/ARCHITECTURE.md §2, "The set
 * first"): the overview, or a `cam=` pose, in orbit mode. Null when the URL asks for anything
 * the app must work out from the catalog or its stores (another mode, a lens, a preset shot,
 * figures, a move, a presentation, a parameter it does not know, a bad value that earns a
 * notice): then the app draws the first frame, as it always has.
 */
export function bootView(search: string): { cam: CamParam | null } | null {
  const { values, others } = splitQuery(search, VIEW_KEYS);
  if (others.length) return null;
  for (const key of values.keys()) if (!BOOT_KEYS.has(key)) return null;
  const parsed = parseViewParams(search);
  if (parsed.notices.length) return null;
  if (parsed.params.mode !== undefined && parsed.params.mode !== 'orbit') return null;
  return { cam: parsed.params.cam ?? null };
}

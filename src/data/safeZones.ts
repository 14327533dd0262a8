/**
 * Vertical-platform safe zones (scenes/platform-safe-zones.json): where each platform's UI
 * (top bar, caption and account line, action buttons) covers a 9:16 picture, plus the generic
 * broadcast action-safe and title-safe guides. The frame overlay draws these; the numbers are
 * data so that a platform's UI change is a JSON edit.
 *
 * Insets are fractions of the frame's width (left, right) and height (top, bottom), so they
 * hold for any 9:16 size, not only the 1080 × 1920 reference they were measured on.
 */
import { z } from 'zod/mini';
import { LocalText } from './schema';
import type { Validated } from './validate';
import { parseJson } from './jsonText';
import { formatProblem, validate } from './validate';

const about = z.describe;
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const Id = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case id of letters, digits and hyphens (e.g. "douyin")'), z.maxLength(64));
const inset = z.number().check(z.gte(0), z.lte(0.5));

export const SafeZoneInsets = z
  .strictObject({
    top: inset.check(about('Fraction of the frame height covered from the top.')),
    bottom: inset.check(about('Fraction of the frame height covered from the bottom.')),
    left: inset.check(about('Fraction of the frame width covered from the left.')),
    right: inset.check(about('Fraction of the frame width covered from the right.')),
  })
  .check(z.refine((i) => i.top + i.bottom < 1 && i.left + i.right < 1, 'insets that leave some of the frame uncovered'));

export const PlatformSafeZone = z.strictObject({
  id: Id,
  name: LocalText,
  insets: SafeZoneInsets,
  estimate: z.boolean().check(about('true when the platform publishes no numbers and these come from common creator templates.')),
  note: LocalText.check(about('What covers the picture, and for estimates that they are estimates.')),
  source: text(600),
});

export const FrameGuide = z.strictObject({
  id: Id,
  name: LocalText,
  fraction: z.number().check(z.gt(0), z.lte(1), about('Width and height of the safe rectangle as a fraction of the frame, centred.')),
  definition: LocalText,
  source: text(600),
});

export const SafeZoneCatalog = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.literal(1),
  frame: z
    .strictObject({ width: z.int().check(z.gt(0)), height: z.int().check(z.gt(0)) })
    .check(about('The reference frame the insets were measured on, in pixels.')),
  platforms: z.array(PlatformSafeZone).check(z.minLength(1)),
  guides: z.array(FrameGuide),
});

export type SafeZoneInsets = z.infer<typeof SafeZoneInsets>;
export type PlatformSafeZone = z.infer<typeof PlatformSafeZone>;
export type FrameGuide = z.infer<typeof FrameGuide>;
export type SafeZoneCatalog = z.infer<typeof SafeZoneCatalog>;

export const SAFE_ZONES_FILE = 'scenes/platform-safe-zones.json';

/** Validates the safe-zone file: schema, then ids unique within platforms and within guides. */
export function parseSafeZones(raw: unknown, file: string = SAFE_ZONES_FILE): Validated<SafeZoneCatalog> {
  const result = validate(SafeZoneCatalog, raw, file);
  if (!result.ok) return result;
  const problems = (['platforms', 'guides'] as const).flatMap((key) => {
    const seen = new Set<string>();
    return result.value[key].flatMap((item, i) => {
      const dup = seen.has(item.id);
      seen.add(item.id);
      return dup ? [{ file, path: `$.${key}[${i}].id`, expected: `an id not used earlier in "${key}"`, found: JSON.stringify(item.id) }] : [];
    });
  });
  return problems.length ? { ok: false, problems } : result;
}

/** The uncovered rectangle as fractions of the frame: x, y from the top-left corner. */
export function safeRect(insets: SafeZoneInsets): { x: number; y: number; width: number; height: number } {
  return { x: insets.left, y: insets.top, width: 1 - insets.left - insets.right, height: 1 - insets.top - insets.bottom };
}

/** A guide's rectangle as insets: (1 − fraction) / 2 on every side. */
export function guideInsets(guide: Pick<FrameGuide, 'fraction'>): SafeZoneInsets {
  const m = (1 - guide.fraction) / 2;
  return { top: m, bottom: m, left: m, right: m };
}

export type SafeZonesState = { status: 'loading' } | { status: 'ok'; zones: SafeZoneCatalog } | { status: 'error'; detail: string };

/** Fetches and reads the safe-zone file under the site's base. A broken file is an error state, never a throw. */
export async function loadSafeZones(baseURI: string): Promise<SafeZonesState> {
  try {
    const res = await fetch(new URL(SAFE_ZONES_FILE, baseURI).href);
    if (!res.ok) return { status: 'error', detail: `${SAFE_ZONES_FILE}: HTTP ${res.status}` };
    const json = parseJson(await res.text(), SAFE_ZONES_FILE);
    if (!json.ok) return { status: 'error', detail: json.problems.map(formatProblem).join('; ') };
    const parsed = parseSafeZones(json.value);
    if (!parsed.ok) return { status: 'error', detail: parsed.problems.slice(0, 3).map(formatProblem).join('; ') };
    return { status: 'ok', zones: parsed.value };
  } catch (err) {
    return { status: 'error', detail: `${SAFE_ZONES_FILE}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

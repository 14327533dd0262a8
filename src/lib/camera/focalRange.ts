/**
 * The focal lengths SetScout accepts anywhere, in mm: the lens field, `lens=` in a URL, shot
 * files, the catalog's preset shots and lens sets, camera moves. One constant for the whole app
 * (docs/ARCHITECTURE.md §4). Its own small module because the catalog schema, which every page
 * loads first, needs it without the rest of the lens maths.
 */
export const FOCAL_RANGE_MM = { min: 1, max: 1200 } as const;

/** A focal length brought into FOCAL_RANGE_MM, to 0.1 mm (what the frame store keeps). */
export function clampFocalMm(mm: number): number {
  return Math.round(Math.min(FOCAL_RANGE_MM.max, Math.max(FOCAL_RANGE_MM.min, mm)) * 10) / 10;
}

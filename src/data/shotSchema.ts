/**
 * The schema of a shot as the app stores and exports it (src/lib/shots/shot.ts has the plain
 * types). One schema serves the browser's stored list (shotStorage.ts) and the exported JSON
 * file (shotFile.ts), so what the app writes it can always read back; written with zod/mini
 * like the catalog schema (schema.ts).
 */
import { z } from 'zod/mini';
import { SHOT_SIZE_IDS } from '../lib/camera/shotSize';
import { FOCAL_RANGE_MM } from '../lib/camera/focalRange';
import { parseMove } from '../lib/moves/codec';
import type * as Domain from '../lib/shots/shot';
import { FILE_FORMAT, FILE_VERSION } from '../lib/shots/shot';
import type { Same, Holds } from '../lib/typeChecks';

/** Catalog-style id (set ids, body ids, preset ids). */
const Id = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case id of letters, digits and hyphens (e.g. "courtroom")'), z.maxLength(64));

/** Shot ids are made here (newShotId) but imported files may carry any short token. */
const ShotId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'a shot id of 1–64 letters, digits, "-" or "_"'));

const num = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
const Vec3 = z.tuple([num(-10_000, 10_000), num(-10_000, 10_000), num(-10_000, 10_000)]);

const IsoTime = z
  .string()
  .check(
    z.refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && Number.isFinite(Date.parse(s)), 'a date and time written like 2025-06-01T09:30:00.000Z'),
  );

export const ShotFigure = z.object({
  kind: z.enum(['adult-175', 'adult-162', 'child-120']),
  pose: z.enum(['standing', 'seated']),
  /** Feet position, set coordinates (m). */
  position: Vec3,
  /** Facing, degrees (camera yaw convention). */
  yawDeg: num(-360, 360),
});

export const ShotCamera = z.object({
  position: Vec3,
  /** (−180, 180]; 0 looks toward −Z, positive turns left. */
  yawDeg: num(-360, 360),
  /** Positive looks up. */
  pitchDeg: num(-90, 90),
  rollDeg: num(-180, 180),
});

/** What is known about a shot's still; the bytes live in IndexedDB (stored list) or a data URL (export). */
export const StillInfo = z.object({
  width: z.int().check(z.gte(1), z.lte(16_384)),
  height: z.int().check(z.gte(1), z.lte(16_384)),
  type: z.enum(['image/png', 'image/jpeg', 'image/webp']),
});

export const Shot = z.object({
  id: ShotId,
  setId: Id,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  note: z._default(z.string().check(z.maxLength(4000)), ''),
  createdAt: IsoTime,
  camera: ShotCamera,
  body: Id,
  /** Focal length, mm. */
  lens: num(FOCAL_RANGE_MM.min, FOCAL_RANGE_MM.max),
  orient: z.enum(['portrait', 'crop']),
  /** Field of view of the 9:16 frame at capture, degrees. */
  hfovDeg: num(0, 180),
  vfovDeg: num(0, 180),
  /** Shot size of the judged stand-in at capture; null when no stand-in was in the frame. */
  shotSize: z._default(z.nullable(z.enum(SHOT_SIZE_IDS)), null),
  figures: z._default(z.array(ShotFigure).check(z.maxLength(50)), []),
  /** The catalog preset this shot was added from, if any. */
  presetId: z._default(z.nullable(Id), null),
  still: z._default(z.nullable(StillInfo), null),
  /** The shot's camera move in the `move=` codec (src/lib/moves/codec.ts); null for a still camera. */
  move: z._default(
    z.nullable(z.string().check(z.maxLength(6000), z.refine((s) => typeof parseMove(s) !== 'string', 'a camera move written as in the move= link parameter (e.g. "1;0,0,1.6,5,0,-2,0,35,3,s;…")'))),
    null,
  ),
});

export type ShotFigure = z.infer<typeof ShotFigure>;
export type ShotCamera = z.infer<typeof ShotCamera>;
export type StillInfo = z.infer<typeof StillInfo>;
export type Shot = z.infer<typeof Shot>;

export { FILE_FORMAT, FILE_VERSION };

/** The still inside an exported file: a base64 data URL of a PNG, JPEG or WebP. */
export const DATA_URL_PATTERN = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]*={0,2}$/;

export const ExportedShot = z.object({
  ...Shot.shape,
  image: z.optional(z.string().check(z.regex(DATA_URL_PATTERN, 'a data URL of a PNG, JPEG or WebP image ("data:image/png;base64,…")'))),
});

export const ShotFile = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FILE_VERSION),
  exportedAt: z.optional(IsoTime),
  shots: z.array(ExportedShot).check(z.maxLength(2000)),
});

export type ExportedShot = z.infer<typeof ExportedShot>;
export type ShotFile = z.infer<typeof ShotFile>;

// The plain types of src/lib/shots/shot.ts are exactly what this schema reads.
export type ShotSchemaMatchesDomain = [
  Holds<Same<Shot, Domain.Shot>>,
  Holds<Same<ShotFigure, Domain.ShotFigure>>,
  Holds<Same<ShotCamera, Domain.ShotCamera>>,
  Holds<Same<StillInfo, Domain.StillInfo>>,
];

/**
 * The catalog schema: the single description of every JSON file under scenes/.
 * It types the app (z.infer), validates at run time (src/data/load.ts), and is
 * published as JSON Schema under scenes/schema/ for editors (npm run check:catalog
 * verifies the published copy is current).
 *
 * Written with zod/mini: the same validator as zod at about a third of the bytes,
 * which keeps the catalog route inside its JavaScript budget.
 */
import { z } from 'zod/mini';
import { FOCAL_RANGE_MM } from '../lib/camera/focalRange';
import type * as Domain from '../lib/camera/types';
import type { LocalText as DomainLocalText } from '../lib/i18n/define';
import type { InquirySet, SetFacts } from '../lib/inquiry/facts';

import { Id, IsoDate, JsonFile, LocalText, Representative, Vec3, about, int, num, positive, text } from './schemaParts';
import type { Same, Fits, Holds } from '../lib/typeChecks';

export { LocalText };

export const CameraPose = z
  .strictObject({
    position: Vec3,
    yawDeg: num(-360, 360).check(about('0 looks toward -Z; positive turns left (counter-clockwise seen from above).')),
    pitchDeg: num(-90, 90).check(about('Positive looks up.')),
    rollDeg: z.optional(num(-180, 180)),
  })
  .check(about('A camera position and orientation.'));

export const Hotspot = z.strictObject({
  id: Id,
  kind: z.enum(['prop', 'power', 'light', 'sound', 'access', 'story', 'safety']),
  node: z.optional(text(128)).check(about('Name of the model node this hotspot points at.')),
  position: Vec3,
  title: LocalText,
  description: LocalText,
  notes: z
    ._default(z.array(LocalText).check(z.maxLength(20)), [])
    .check(about('Production notes, e.g. power drops, rigging, sound.')),
});

export const TourStop = z.strictObject({
  id: Id,
  title: LocalText,
  narration: LocalText,
  camera: CameraPose,
  durationSec: z._default(num(2, 120), 12),
  hotspot: z.optional(Id).check(about('A hotspot of this set to open at this stop.')),
});

export const Orientation = z.enum(['portrait', 'crop']);

export const FigureKind = z.enum(['adult-175', 'adult-162', 'child-120']);
export const FigurePose = z.enum(['standing', 'seated']);

export const PresetShot = z.strictObject({
  id: Id,
  name: LocalText,
  description: LocalText,
  camera: CameraPose,
  body: Id.check(about('A camera body id from scenes/cameras.json.')),
  lens: num(FOCAL_RANGE_MM.min, FOCAL_RANGE_MM.max).check(about('Focal length in mm.')),
  orient: Orientation,
  figures: z._default(
    z
      .array(
        z.strictObject({
          kind: FigureKind,
          pose: z._default(FigurePose, 'standing'),
          position: Vec3,
          yawDeg: z._default(num(-360, 360), 0),
        }),
      )
      .check(z.maxLength(12)),
    [],
  ),
});

export const SetModel = z.strictObject({
  file: z
    .string()
    .check(
      z.regex(/^models\/[A-Za-z0-9._/-]+\.(glb|gltf)$/, 'a path under models/ ending in .glb or .gltf'),
      about('Path relative to the site root.'),
    ),
  bytes: z.optional(z.int().check(z.gt(0))).check(about('File size, for progress when the server sends no length.')),
  spawn: z.optional(CameraPose).check(about('Where walk mode starts.')),
});

export const SetEntry = z.strictObject({
  $schema: z.optional(z.string()),
  id: Id,
  name: LocalText,
  summary: LocalText,
  description: LocalText,
  category: Id.check(about('A category id from scenes/index.json.')),
  era: Id.check(about('An era id from scenes/index.json.')),
  genres: z.array(Id).check(z.minLength(1), about('Genre ids from scenes/index.json.')),
  tags: z.strictObject({ zh: z.array(text(40)), en: z.array(text(40)) }),
  dimensions: z.strictObject({
    width: positive(1000).check(about('Metres, along X.')),
    depth: positive(1000).check(about('Metres, along Z.')),
    height: positive(100).check(about('Metres, floor to ceiling or ridge.')),
    representative: Representative,
  }),
  floorArea: z.strictObject({ value: positive(1_000_000).check(about('Square metres.')), representative: Representative }),
  gridHeight: z.strictObject({
    value: positive(100).check(about('Metres from floor to the lighting grid or ceiling.')),
    representative: Representative,
  }),
  power: z.strictObject({
    drops: int(0, 200),
    amps: positive(2000).check(about('Rating of each drop in amperes.')),
    phases: z.union([z.literal(1), z.literal(3)]),
    volts: positive(1000),
    notes: z.optional(LocalText),
    representative: Representative,
  }),
  sound: z.strictObject({
    dialogueClean: z.boolean().check(about('Whether sync dialogue can be recorded clean.')),
    notes: LocalText,
    representative: Representative,
  }),
  loadIn: z.strictObject({
    route: LocalText,
    doorWidth: positive(50).check(about('Metres.')),
    doorHeight: positive(50).check(about('Metres.')),
    representative: Representative,
  }),
  maxCrew: z.strictObject({ value: int(1, 5000), representative: Representative }),
  rates: z.strictObject({
    currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as "CNY"')),
    day: positive(10_000_000),
    halfDay: positive(10_000_000),
    representative: Representative,
  }),
  availability: z.strictObject({
    booked: z.array(z.strictObject({ from: IsoDate, to: IsoDate, note: z.optional(LocalText) })),
    representative: Representative,
  }),
  dramas: z
    .strictObject({ ids: z.array(Id).check(about('Drama ids from the base file.')), representative: Representative })
    .check(about('Dramas shot in this set. representative: the pairing of titles to this set is illustrative, not confirmed.')),
  model: z.nullable(SetModel),
  still: z
    .optional(
      z.string().check(z.regex(/^[A-Za-z0-9._/-]+\.(png|jpg|jpeg|webp|svg)$/, 'an image path relative to the site root')),
    )
    .check(about('A rendered still for the catalog card.')),
  hotspots: z._default(z.array(Hotspot), []),
  tour: z._default(z.array(TourStop), []),
  shots: z._default(z.array(PresetShot), []),
});

const FactUnit = z.enum(['count', 'm2', 'mu', 'cny', 'people', 'dramas', 'sets', 'days', 'episodes', 'percent', 'visitors']);

export const BaseFact = z.strictObject({
  id: Id,
  label: LocalText,
  value: z.number(),
  unit: FactUnit,
  plus: z.optional(z.boolean()).check(about('Shown as "200+": the figure is a lower bound.')),
  note: z.optional(LocalText),
  representative: Representative,
});

export const Drama = z.strictObject({
  id: Id,
  title: LocalText,
  genre: Id,
  note: z.optional(LocalText),
});

export const BaseEntry = z.strictObject({
  $schema: z.optional(z.string()),
  id: Id,
  name: LocalText,
  shortName: LocalText,
  operator: LocalText,
  address: LocalText,
  city: LocalText,
  summary: LocalText,
  story: LocalText.check(about('The base and its place: told in tours and the pitch.')),
  facts: z.array(BaseFact).check(z.minLength(1)),
  dramas: z.array(Drama),
  contact: z.strictObject({
    email: z.email(),
    phone: z.optional(text(40)),
    representative: Representative,
  }),
  tour: z
    ._default(z.array(z.strictObject({ set: Id, narration: LocalText })), [])
    .check(about('A base tour: the sets to visit, in order.')),
  sets: z.array(JsonFile('this base file')).check(z.minLength(1)),
});

const TaxonomyEntry = z.strictObject({ id: Id, name: LocalText });

export const CatalogIndex = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.literal(1),
  bases: z.array(JsonFile('scenes/')).check(z.minLength(1)),
  cameras: JsonFile('scenes/'),
  // Set id → its file, written by `npm run check:catalog -- --write`; a stale entry costs only speed.
  setFiles: z.optional(z.record(Id, JsonFile('scenes/')).check(about('Set id → its set file, relative to this file (generated): a set page reads only its own set before its first frame.'))),
  categories: z.array(TaxonomyEntry).check(z.minLength(1)),
  eras: z.array(TaxonomyEntry).check(z.minLength(1)),
  genres: z.array(TaxonomyEntry).check(z.minLength(1)),
});

export const CameraBody = z.strictObject({
  id: Id,
  name: text(80),
  maker: text(60),
  kind: z.enum(['cinema', 'mirrorless', 'phone']),
  sensor: z
    .strictObject({
      width: positive(100).check(about('Active area width in mm (landscape).')),
      height: positive(100).check(about('Active area height in mm (landscape).')),
      mode: text(120).check(about('The recording mode this active area belongs to.')),
    })
    .check(about('The active sensor area for the listed mode, landscape.')),
  recording: z
    .array(
      z.strictObject({
        id: Id,
        label: text(80),
        width: int(1, 100_000).check(about('Pixels across the same active area.')),
        height: int(1, 100_000),
      }),
    )
    .check(z.minLength(1)),
  lensMount: z.optional(text(40)),
  source: text(400).check(about('Where the sensor figures come from (manufacturer sheet).')),
  representative: Representative,
});

export const LensSet = z.strictObject({
  id: Id,
  name: text(80),
  maker: text(60),
  kind: z.enum(['prime', 'zoom', 'fixed']),
  focalLengths: z
    .array(positive(FOCAL_RANGE_MM.max))
    .check(z.minLength(1), about('Primes: every focal length in the set. Zooms: [min, max].')),
  forBodies: z.optional(z.array(Id)).check(about('Bodies this lens belongs to (a phone lens); absent means any.')),
  /** Fastest published stop (T-stop; f-number for photo and phone lenses); absent: 2.8. */
  fastestT: z.optional(z.number().check(z.gte(0.7), z.lte(32))),
  source: text(400),
});

export const CameraCatalog = z.strictObject({
  $schema: z.optional(z.string()),
  bodies: z.array(CameraBody).check(z.minLength(1)),
  lenses: z.array(LensSet).check(z.minLength(1)),
});

export type LocalText = z.infer<typeof LocalText>;
export type CameraPose = z.infer<typeof CameraPose>;
export type Hotspot = z.infer<typeof Hotspot>;
export type TourStop = z.infer<typeof TourStop>;
export type PresetShot = z.infer<typeof PresetShot>;
export type Orientation = z.infer<typeof Orientation>;
export type FigureKind = z.infer<typeof FigureKind>;
export type FigurePose = z.infer<typeof FigurePose>;
export type SetEntry = z.infer<typeof SetEntry>;
export type BaseFact = z.infer<typeof BaseFact>;
export type Drama = z.infer<typeof Drama>;
export type BaseEntry = z.infer<typeof BaseEntry>;
export type CatalogIndex = z.infer<typeof CatalogIndex>;
export type CameraBody = z.infer<typeof CameraBody>;
export type LensSet = z.infer<typeof LensSet>;
export type CameraCatalog = z.infer<typeof CameraCatalog>;

/** Every published schema, by the file name it is written to under scenes/schema/. */
export const PUBLISHED_SCHEMAS = {
  'index.schema.json': CatalogIndex,
  'base.schema.json': BaseEntry,
  'set.schema.json': SetEntry,
  'cameras.schema.json': CameraCatalog,
} as const;

// src/lib owns the plain domain types; what this schema reads must be exactly them (camera types,
// text) or at least satisfy them (a set's facts, the camera catalog): docs/ARCHITECTURE.md §1.
// A drift on either side is a type error here.
export type SchemaMatchesDomain = [
  Holds<Same<CameraBody, Domain.Body>>,
  Holds<Same<LensSet, Domain.LensSet>>,
  Holds<Same<Orientation, Domain.Orientation>>,
  Holds<Same<FigureKind, Domain.FigureKind>>,
  Holds<Same<FigurePose, Domain.FigurePose>>,
  Holds<Same<LocalText, DomainLocalText>>,
  Holds<Fits<CameraCatalog, Domain.CameraCatalog>>,
  Holds<Fits<SetEntry & { baseId: string }, InquirySet>>,
  Holds<Fits<SetEntry, SetFacts>>,
];

/**
 * The layout schema: a 3D set as data (scenes/<base>/layouts/<set-id>.json), compiled into
 * a model by models/generator/kit (docs/ARCHITECTURE.md §9). Metres, Y up, floor at y = 0;
 * floor plans are [x, z] points. Cross-references (finish names, rooms, walls, kit
 * parameters, anchor ids) are checked after the shape by check.ts, with the same
 * file / JSON path / expected / found problems as the catalog.
 */
import { z } from 'zod/mini';
import { Id, Vec3, about, int, num, positive, text } from '../schemaParts';

const Vec2 = z.tuple([z.number(), z.number()]).check(about('[x, z] in metres on the floor plan.'));
const Polygon = z.array(Vec2).check(z.minLength(3), z.maxLength(64), about('Floor polygon, corners in order; wall i runs from corner i to corner i + 1.'));
const Hex = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'an sRGB colour written #rrggbb'));
const FinishRef = text(64).check(about('A finish name from the material library (README "Set kit") or from this layout\'s "materials".'));

export const LayoutFinish = z.strictObject({
  color: Hex,
  roughness: num(0, 1),
  metalness: z.optional(num(0, 1)),
  opacity: z.optional(num(0.05, 1)),
  emissive: z.optional(Hex),
  emissiveStrength: z.optional(num(0, 20)),
  pattern: z.optional(z.enum(['planks', 'grain', 'mottle', 'tiles', 'checker', 'stone', 'ceiling-grid', 'stripes'])),
  scale: z.optional(positive(20)),
});

export const Room = z.strictObject({
  id: Id,
  polygon: Polygon,
  floor: FinishRef,
  walls: FinishRef,
  wallHeight: positive(40),
  wallThickness: z._default(positive(2), 0.2),
  ceiling: z.nullable(FinishRef).check(about('The ceiling finish, or null for open sky (streets, courtyards).')),
  ceilingHeight: z.optional(positive(40)).check(about('Defaults to wallHeight.')),
  omitWalls: z._default(z.array(int(0, 63)), []).check(about('Walls not built: open sides toward another room or the street.')),
  wainscot: z.optional(z.strictObject({ height: positive(4), finish: FinishRef })),
  skirting: z.optional(FinishRef),
});

export const Platform = z.strictObject({
  id: z.optional(Id),
  polygon: Polygon,
  height: positive(20).check(about('Top of the platform above the floor (a dais, a stage, a kerb).')),
  finish: FinishRef,
  edge: z.optional(FinishRef).check(about('Finish of the vertical sides; defaults to finish.')),
});

export const Steps = z.strictObject({
  at: Vec2.check(about('Centre of the bottom step\'s front edge.')),
  yawDeg: z._default(num(-360, 360), 0).check(about('0: the flight rises toward −Z.')),
  width: positive(20),
  count: int(1, 40),
  rise: z._default(positive(0.4), 0.15),
  run: z._default(positive(1), 0.3),
  base: z._default(num(-20, 20), 0).check(about('Level the flight starts from.')),
  finish: FinishRef,
});

export const Pit = z.strictObject({
  id: z.optional(Id),
  polygon: Polygon,
  depth: positive(10),
  finish: FinishRef,
  walk: z._default(z.boolean(), true).check(about('Whether the pit floor is walkable (false: fenced off).')),
});

export const Opening = z.strictObject({
  room: Id,
  wall: int(0, 63),
  kind: z.enum(['door', 'window', 'arch']),
  offset: num(0, 200).check(about('Metres from the wall\'s start corner to the opening\'s centre.')),
  width: positive(30),
  height: positive(30),
  sill: z._default(num(0, 30), 0).check(about('Height of the bottom edge: 0 for doors and arches.')),
  leaf: z.optional(FinishRef).check(about('A closed door leaf of this finish; absent leaves the opening clear.')),
  frame: z.optional(FinishRef),
  view: z.optional(FinishRef).check(about('What shows through a window: a backdrop finish behind it (daylight, city).')),
});

const RowArray = z.strictObject({ kind: z.literal('row'), count: int(1, 200), step: Vec2.check(about('[dx, dz] between copies.')) });
const GridArray = z.strictObject({
  kind: z.literal('grid'),
  count: z.tuple([int(1, 100), int(1, 100)]),
  step: Vec2.check(about('[dx, dz]: spacing of columns (x) and rows (z).')),
});

export const PropPlacement = z.strictObject({
  kit: Id.check(about('A prop id from the kit (README "Set kit").')),
  at: Vec3.check(about('Position of the prop\'s origin; y is the level it stands on.')),
  yawDeg: z._default(num(-360, 360), 0).check(about('Turn about Y; positive turns left (counter-clockwise from above).')),
  params: z._default(z.record(z.string(), z.union([z.number(), z.boolean(), z.string()])), {}),
  array: z.optional(z.union([RowArray, GridArray])),
  anchor: z.optional(Id).check(about('Names a marker at this prop (the first copy) for hotspots and tour stops.')),
  collide: z._default(z.boolean(), true).check(about('false: walk through it (rugs, things overhead).')),
});

export const Light = z.strictObject({
  kind: z.enum(['panel', 'chandelier', 'window', 'lamp', 'spot']),
  at: Vec3,
  color: z._default(Hex, '#fff1dc'),
  intensity: z._default(num(0, 10), 1).check(about('Relative strength in the bake; 1 is a typical practical.')),
  radius: z._default(positive(50), 4).check(about('Metres over which the light falls off.')),
  array: z.optional(z.union([RowArray, GridArray])),
});

const BoxSpec = z.strictObject({ min: Vec3, max: Vec3 });

export const Layout = z.strictObject({
  $schema: z.optional(z.string()),
  set: Id.check(about('The set id this layout builds (its catalog file is scenes/<base>/sets/<set>.json).')),
  title: text(120),
  materials: z._default(z.record(Id, LayoutFinish), {}).check(about('Extra finishes for this layout, by name.')),
  shell: z.strictObject({
    rooms: z.array(Room).check(z.minLength(1)),
    platforms: z._default(z.array(Platform), []),
    steps: z._default(z.array(Steps), []),
    pits: z._default(z.array(Pit), []),
  }),
  openings: z._default(z.array(Opening), []),
  props: z._default(z.array(PropPlacement), []),
  lights: z._default(z.array(Light), []),
  spawn: z.strictObject({ at: Vec3, yawDeg: z._default(num(-360, 360), 0) }),
  anchors: z._default(z.array(z.strictObject({ id: Id, at: Vec3, size: Vec3 })), []).check(about('Named markers not tied to a prop.')),
  walk: z._default(
    z.strictObject({
      derive: z._default(z.boolean(), true).check(about('Derive floors from rooms, platforms, steps and pits, and collision from walls and props.')),
      floors: z._default(z.array(BoxSpec), []).check(about('Extra walkable slabs (their top is the floor).')),
      blockers: z._default(z.array(BoxSpec), []).check(about('Extra collision boxes.')),
    }),
    { derive: true, floors: [], blockers: [] },
  ),
  bake: z._default(
    z.strictObject({
      ao: z._default(z.boolean(), true).check(about('Bake ambient occlusion into vertex colours.')),
      lights: z._default(z.boolean(), true).check(about('Add the practical lights to the bake.')),
      distance: z._default(positive(5), 0.9).check(about('Metres a surface looks for occluders.')),
      cell: z._default(num(0.25, 2), 0.5).check(about('Longest edge (m) of the shell\'s floor, wall and ceiling triangles, which carry the bake per vertex: coarser keeps a large hall\'s model small.')),
    }),
    { ao: true, lights: true, distance: 0.9, cell: 0.5 },
  ),
});

export type Layout = z.infer<typeof Layout>;
export type LayoutRoom = z.infer<typeof Room>;
export type LayoutOpening = z.infer<typeof Opening>;
export type LayoutProp = z.infer<typeof PropPlacement>;
export type LayoutLight = z.infer<typeof Light>;
export type LayoutFinishSpec = z.infer<typeof LayoutFinish>;

/** Published under scenes/schema/ by `npm run check:catalog -- --write`. */
export const LAYOUT_SCHEMAS = { 'layout.schema.json': Layout } as const;

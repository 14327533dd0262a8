/**
 * Reads a layout file: the shape (schema.ts), then what a schema cannot say — finish
 * names exist, openings name a room and one of its walls and fit on it, kit ids and
 * their parameters are known and in range, anchor ids are unique (docs/ARCHITECTURE.md §9).
 */
import type { CatalogProblem, Validated } from '../validate';
import { describeValue, validate } from '../validate';
import { FINISHES } from './finishes';
import { KIT, type ParamSpec } from './kit';
import { Layout } from './schema';

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export function wallLength(poly: readonly (readonly [number, number])[], wall: number): number {
  const a = poly[wall]!;
  const b = poly[(wall + 1) % poly.length]!;
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

function paramProblem(spec: ParamSpec, v: unknown, finishOk: (s: string) => boolean): string | null {
  switch (spec.kind) {
    case 'bool':
      return typeof v === 'boolean' ? null : 'true or false';
    case 'finish':
      return typeof v === 'string' && finishOk(v) ? null : 'a finish name from the material library';
    case 'int':
    case 'number': {
      const whole = spec.kind === 'int';
      if (typeof v !== 'number' || (whole && !Number.isInteger(v)) || v < spec.min || v > spec.max)
        return `${whole ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max}`;
      return null;
    }
  }
}

export function layoutProblems(layout: Layout, file: string): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  const add = (path: string, expected: string, found: unknown) => out.push({ file, path, expected, found: describeValue(found) });
  const finishOk = (name: string) => has(FINISHES, name) || has(layout.materials, name);
  const finish = (path: string, name: string | null | undefined) => {
    if (name != null && !finishOk(name)) add(path, 'a finish name from the material library or "materials"', name);
  };

  const rooms = new Map<string, number>();
  layout.shell.rooms.forEach((r, i) => {
    const p = `$.shell.rooms[${i}]`;
    if (rooms.has(r.id)) add(`${p}.id`, 'a room id not used before', r.id);
    rooms.set(r.id, i);
    finish(`${p}.floor`, r.floor);
    finish(`${p}.walls`, r.walls);
    finish(`${p}.ceiling`, r.ceiling);
    finish(`${p}.skirting`, r.skirting);
    if (r.wainscot) finish(`${p}.wainscot.finish`, r.wainscot.finish);
    r.omitWalls.forEach((w, k) => {
      if (w >= r.polygon.length) add(`${p}.omitWalls[${k}]`, `a wall index below ${r.polygon.length}`, w);
    });
  });
  layout.shell.platforms.forEach((s, i) => (finish(`$.shell.platforms[${i}].finish`, s.finish), finish(`$.shell.platforms[${i}].edge`, s.edge)));
  layout.shell.steps.forEach((s, i) => finish(`$.shell.steps[${i}].finish`, s.finish));
  layout.shell.pits.forEach((s, i) => finish(`$.shell.pits[${i}].finish`, s.finish));

  layout.openings.forEach((o, i) => {
    const p = `$.openings[${i}]`;
    finish(`${p}.leaf`, o.leaf);
    finish(`${p}.frame`, o.frame);
    finish(`${p}.view`, o.view);
    const ri = rooms.get(o.room);
    if (ri === undefined) return add(`${p}.room`, `one of the room ids ${[...rooms.keys()].join(', ')}`, o.room);
    const room = layout.shell.rooms[ri]!;
    if (o.wall >= room.polygon.length) return add(`${p}.wall`, `a wall index below ${room.polygon.length}`, o.wall);
    const len = wallLength(room.polygon, o.wall);
    if (o.offset - o.width / 2 < 0 || o.offset + o.width / 2 > len)
      add(`${p}.offset`, `an opening within the wall (0 to ${len.toFixed(2)} m, half width ${o.width / 2} m)`, o.offset);
    if (o.sill + o.height > (room.ceilingHeight ?? room.wallHeight))
      add(`${p}.height`, `sill + height at most the wall height ${room.wallHeight} m`, o.height);
  });

  const anchors = new Set<string>();
  const anchor = (path: string, id: string) => {
    if (anchors.has(id)) add(path, 'an anchor id not used before', id);
    anchors.add(id);
  };
  layout.props.forEach((pr, i) => {
    const p = `$.props[${i}]`;
    if (!has(KIT, pr.kit)) return add(`${p}.kit`, 'a prop id from the kit', pr.kit);
    const specs = KIT[pr.kit as keyof typeof KIT].params as Record<string, ParamSpec>;
    for (const [name, v] of Object.entries(pr.params)) {
      const spec = specs[name];
      if (!spec) {
        add(`${p}.params.${name}`, `a parameter of ${pr.kit}: ${Object.keys(specs).join(', ')}`, name);
        continue;
      }
      const want = paramProblem(spec, v, finishOk);
      if (want) add(`${p}.params.${name}`, want, v);
    }
    if (pr.anchor) anchor(`${p}.anchor`, pr.anchor);
  });
  layout.anchors.forEach((a, i) => anchor(`$.anchors[${i}].id`, a.id));
  return out;
}

/** Shape, then references: a layout ready for the compiler, or every problem at once. */
export function parseLayout(raw: unknown, file: string): Validated<Layout> {
  const shaped = validate(Layout, raw, file);
  if (!shaped.ok) return shaped;
  const problems = layoutProblems(shaped.value, file);
  return problems.length ? { ok: false, problems } : shaped;
}

/** The copies an array describes, as offsets [dx, dz] from the first. */
export function arrayOffsets(array: { kind: 'row'; count: number; step: [number, number] } | { kind: 'grid'; count: [number, number]; step: [number, number] } | undefined): [number, number][] {
  if (!array) return [[0, 0]];
  const out: [number, number][] = [];
  if (array.kind === 'row') for (let k = 0; k < array.count; k++) out.push([array.step[0] * k, array.step[1] * k]);
  else for (let r = 0; r < array.count[1]; r++) for (let c = 0; c < array.count[0]; c++) out.push([array.step[0] * c, array.step[1] * r]);
  return out;
}

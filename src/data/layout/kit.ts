/**
 * The prop kit's catalogue as data: every prop id a layout may place, with its typed
 * parameters and defaults. The model generator (models/generator/kit/props/) builds the
 * geometry, footprint and collision for each id; a test checks the two lists agree.
 */
import type { FinishName } from './finishes';

export type ParamSpec =
  | { kind: 'number'; default: number; min: number; max: number }
  | { kind: 'int'; default: number; min: number; max: number }
  | { kind: 'bool'; default: boolean }
  | { kind: 'finish'; default: FinishName };

const n = (def: number, min: number, max: number): ParamSpec => ({ kind: 'number', default: def, min, max });
const i = (def: number, min: number, max: number): ParamSpec => ({ kind: 'int', default: def, min, max });
const b = (def: boolean): ParamSpec => ({ kind: 'bool', default: def });
const f = (def: FinishName): ParamSpec => ({ kind: 'finish', default: def });

export interface KitEntry {
  /** What it is, for the README and editor hover. */
  about: string;
  params: Record<string, ParamSpec>;
}

export const KIT = {
  block: { about: 'A plain box (counter, cabinet, plinth) standing on the floor.', params: { width: n(1, 0.02, 60), depth: n(0.6, 0.02, 60), height: n(0.9, 0.01, 20), finish: f('white-laminate'), solid: b(true) } },
  table: { about: 'A rectangular table on four legs.', params: { width: n(1.6, 0.4, 12), depth: n(0.8, 0.3, 4), height: n(0.75, 0.3, 1.2), finish: f('teak') } },
  'round-table': { about: 'A round banquet table with chairs around it.', params: { radius: n(0.9, 0.3, 2), height: n(0.75, 0.3, 1.2), chairs: i(10, 0, 16), cloth: f('linen-white'), chair: f('red-carpet') } },
  chair: { about: 'An upholstered chair facing −Z (its back at +Z).', params: { finish: f('fabric-blue'), seat: n(0.46, 0.3, 0.7), back: n(1.0, 0.6, 1.6) } },
  stool: { about: 'A round fixed stool.', params: { height: n(0.46, 0.3, 0.9), finish: f('stainless-steel') } },
  bench: { about: 'A long bench with a back, facing −Z.', params: { length: n(4.2, 0.8, 12), back: b(true), finish: f('teak') } },
  desk: { about: 'An office desk with a monitor, facing −Z, and its chair at +Z.', params: { width: n(1.4, 0.8, 3), depth: n(0.7, 0.5, 1.2), monitor: b(true), chair: b(true), finish: f('white-laminate') } },
  sofa: { about: 'A sofa, seat facing −Z.', params: { length: n(2.2, 0.8, 5), finish: f('fabric-grey') } },
  bed: { about: 'A bed with a headboard at +Z; hospital beds have rails.', params: { width: n(0.95, 0.8, 2.2), length: n(2.1, 1.8, 2.4), hospital: b(true), finish: f('linen-white') } },
  shelf: { about: 'A bookshelf against a wall, open toward −Z.', params: { width: n(1.2, 0.4, 6), height: n(2.2, 0.6, 4), shelves: i(5, 1, 10), finish: f('dark-wood') } },
  column: { about: 'A column (or a bar) from its level up to a height; round or square.', params: { size: n(0.6, 0.02, 3), height: n(3, 0.5, 30), round: b(false), finish: f('painted-plaster') } },
  'glass-partition': { about: 'A counter with a glass screen above it along X, divided into booths with handsets.', params: { length: n(6, 1, 30), booths: i(4, 0, 12), height: n(2.4, 1.2, 4), finish: f('stainless-steel') } },
  rail: { about: 'A rail with balusters along X (balustrade, bar, banister).', params: { length: n(3, 0.3, 30), height: n(1, 0.4, 1.5), finish: f('teak') } },
  stair: { about: 'A straight flight rising toward −Z from its base at the origin; walkable.', params: { width: n(1.2, 0.6, 8), rise: n(3, 0.2, 10), steps: i(18, 2, 60), run: n(0.27, 0.2, 0.45), rails: b(true), finish: f('dark-wood') } },
  screen: { about: 'A flat panel standing on the floor or hung (LED wall, backdrop, notice board).', params: { width: n(4, 0.3, 40), height: n(2.5, 0.2, 20), elevation: n(0, 0, 20), finish: f('screen-dark'), frame: f('dark-metal') } },
  'ticker-wall': { about: 'A giant stock-ticker LED wall with K-line charts and a scrolling band.', params: { width: n(12, 2, 40), height: n(5, 1, 20), elevation: n(1, 0, 20) } },
  chandelier: { about: 'A hanging chandelier; its top is at the given position.', params: { radius: n(0.7, 0.2, 3), drop: n(0.9, 0.2, 4), tiers: i(2, 1, 4) } },
  'street-lamp': { about: 'A street lamp post with an arm toward −Z (two arms: also toward +Z).', params: { height: n(5, 2, 12), arms: i(1, 1, 2), finish: f('dark-metal') } },
  'seat-row': { about: 'A row of airliner seats facing −Z.', params: { seats: i(3, 1, 4), pitch: n(0.5, 0.4, 0.9), business: b(false), finish: f('fabric-blue') } },
  fuselage: { about: 'An airliner cabin shell along Z: curved ceiling, side walls with windows and shades, overhead bins; walls collide.', params: { length: n(20, 2, 80), width: n(3.7, 2, 7), height: n(2.2, 1.8, 3.5), windowPitch: n(0.53, 0.3, 2) } },
  curtain: { about: 'A curtain hanging from a ceiling track along X (ward bed, galley).', params: { length: n(2.4, 0.3, 10), height: n(2.2, 0.5, 4), finish: f('fabric-blue') } },
  'judges-bench': { about: 'A raised judges’ bench with panelled front and high-backed seats.', params: { width: n(6.8, 2, 12), seats: i(3, 1, 5) } },
  dock: { about: 'A U-shaped railed enclosure open at +Z (defendant’s dock, holding pen).', params: { width: n(1.9, 0.8, 5), depth: n(1.2, 0.6, 4), height: n(1.06, 0.6, 3), bars: b(false) } },
  fireplace: { about: 'A fireplace against a wall (back at +Z), opening toward −Z, with a mantel and an overmantel mirror.', params: { width: n(1.8, 0.8, 5), height: n(1.2, 0.6, 3), overmantel: n(1.2, 0, 4), finish: f('marble') } },
  'wall-lamp': { about: 'A brass wall bracket lamp, its back on the wall at +Z, the shade at the given height above its level.', params: { height: n(1.9, 0.3, 6), shade: f('linen-white') } },
  'curved-stair': { about: 'A curved flight about its origin: from +X turning counter-clockwise (seen from above) through sweepDeg, rising; walkable, with banisters.', params: { innerRadius: n(1.5, 0.3, 8), width: n(1.4, 0.6, 4), rise: n(3.6, 0.3, 10), steps: i(20, 3, 60), sweepDeg: n(180, 20, 360), innerRail: b(true), finish: f('marble'), rail: f('dark-wood') } },
  plant: { about: 'A potted plant.', params: { height: n(1.2, 0.3, 3) } },
  storefront: { about: 'A shop, bank or tower frontage along X facing −Z (back at +Z): piers, display windows, a door (revolving optional), a sign band showing sign label (−1: none; see sign), upper storeys glazed or with punched windows; collides.', params: { width: n(6, 2, 40), height: n(4.5, 2.5, 40), shopHeight: n(3.2, 2.2, 8), door: n(1.8, 0, 8), label: i(-1, -1, 16), lit: b(true), glazed: b(false), revolving: b(false), shutter: b(false), awning: b(false), awningFinish: f('fabric-blue'), finish: f('painted-plaster'), trim: f('dark-metal') } },
  sign: { about: 'A sign facing −Z from the kit sign atlas: label 0 CITY BANK, 1 SECURITIES, 2 INVESTMENT, 3 24H ATM, 4 STATE RESTAURANT, 5 VIDEO HALL, 6 BARBER, 7 POST OFFICE, 8 GROCERY, 9 TAILOR, 10 PUBLIC PHONE, 11 EXIT, 12 TICKETS, 13 TO TRAINS, 14 SERVICE CENTRE, 15 LINE 1, 16 the metro route map (2:1); lit = a lightbox; hang = rods above it.', params: { label: i(0, 0, 16), width: n(2.4, 0.2, 30), height: n(0.4, 0.1, 15), elevation: n(2.4, 0, 20), hang: n(0, 0, 6), lit: b(true), twoSided: b(false) } },
  kerb: { about: 'A kerb of stones along X, walkable on top (set it at a pavement edge).', params: { length: n(10, 0.5, 80), height: n(0.16, 0.05, 0.4), width: n(0.3, 0.1, 0.6), finish: f('concrete') } },
  wires: { about: 'Overhead wires along X strung between two poles (poles optional), sagging between them.', params: { length: n(12, 2, 60), height: n(6, 2, 15), wires: i(4, 1, 8), poles: b(true), finish: f('teak') } },
  bicycle: { about: 'A parked roadster bicycle standing along X.', params: { finish: f('dark-metal'), basket: b(false) } },
  'phone-booth': { about: 'A public phone booth (1 × 1 m), open toward −Z, with a PUBLIC PHONE sign.', params: { finish: f('lacquered-red') } },
  stall: { about: 'A street stall: a counter with goods under a canopy on four poles, customers at −Z.', params: { width: n(2, 1, 5), depth: n(1, 0.6, 3), goods: b(true), finish: f('teak'), canopy: f('fabric-blue') } },
  faregate: { about: 'A line of metro faregates along X: cabinets with readers and glass flaps, passable lanes between them.', params: { lanes: i(5, 1, 20), lane: n(0.6, 0.5, 1.2), finish: f('stainless-steel') } },
  'ticket-machine': { about: 'A ticket vending machine facing −Z with a lit screen and a TICKETS sign.', params: { finish: f('stainless-steel') } },
  escalator: { about: 'An escalator rising toward −Z at 30° from its base at the origin (landings top and bottom); walkable, with glass balustrades.', params: { width: n(1, 0.6, 2), rise: n(4, 0.4, 12), finish: f('stainless-steel') } },
  'ward-bed': { about: 'A hospital ward bay: bed (head at +Z), bedhead service panel, bedside cabinet and a curtain on a U-shaped ceiling track, drawn part-way.', params: { width: n(0.95, 0.8, 1.4), length: n(2.1, 1.8, 2.4), bayWidth: n(2.6, 1.4, 5), bayDepth: n(2.5, 1.6, 4), track: n(2.7, 2, 5), drawn: n(0.4, 0, 1), cabinet: b(true), curtain: f('mint-green'), blanket: f('fabric-blue') } },
  'iv-stand': { about: 'A rolling IV (drip) stand with a five-leg base, hooks and drip bags.', params: { height: n(1.9, 1.2, 2.4), bags: i(1, 0, 3) } },
  'patient-monitor': { about: 'A patient monitor with live traces (ECG, SpO2, resp), screen facing −Z, on a rolling stand or wall-mounted.', params: { elevation: n(1.3, 0.6, 2.4), stand: b(true) } },
  counter: { about: 'A front / reception counter along X: public side at −Z with a raised ledge, staff work top behind, optional glass screen and staff monitors.', params: { width: n(3, 0.8, 12), depth: n(0.75, 0.4, 1.5), height: n(1.1, 0.7, 1.4), glass: b(false), monitors: i(1, 0, 6), finish: f('white-laminate'), front: f('police-blue') } },
  'cell-bars': { about: 'A wall of vertical bars along X (holding cell, lock-up) with a hinged barred door (open: swung out toward +Z, the doorway clear); collides.', params: { length: n(3, 0.6, 20), height: n(2.4, 1, 5), spacing: n(0.12, 0.06, 0.4), door: n(0.9, 0, 2), doorOffset: n(0, -10, 10), open: b(false), finish: f('dark-metal') } },
  'one-way-mirror': { about: 'A partition wall along X with a one-way mirror window (interrogation / observation); collides.', params: { length: n(3, 1, 12), height: n(3, 2, 6), thickness: n(0.12, 0.06, 0.4), windowWidth: n(1.8, 0.5, 6), windowHeight: n(1, 0.4, 3), sill: n(1, 0.3, 2), finish: f('painted-plaster'), glass: f('one-way-glass') } },
  'notice-board': { about: 'A framed notice / case board, face toward −Z, with pinned papers and photos; wall-hung or on a stand.', params: { width: n(1.5, 0.4, 6), height: n(1, 0.3, 3), elevation: n(1, 0, 3), sheets: i(12, 0, 40), stand: b(false), face: f('cork'), frame: f('dark-wood') } },
  'city-backdrop': { about: 'A city-skyline backdrop (a generated translight, day or night) facing −Z, to stand outside a window wall; never collides.', params: { width: n(12, 1, 80), height: n(4, 0.5, 30), elevation: n(0, 0, 20), night: b(false) } },
  'glass-wall': { about: 'A framed glass wall along X (a meeting room’s side) with mullions, a frosted band and an optional door gap at its centre.', params: { length: n(4, 0.5, 40), height: n(2.7, 1, 8), mullion: n(1.2, 0.3, 4), door: n(0, 0, 4), finish: f('dark-metal') } },
  'desk-cluster': { about: 'Office desks in two facing rows along X, each with a monitor and a swivel chair, a low divider between.', params: { desks: i(3, 1, 8), width: n(1.4, 0.8, 2.4), depth: n(0.75, 0.5, 1.2), divider: b(true), finish: f('white-laminate') } },
  'tv-unit': { about: 'A low TV cabinet against a wall (back at +Z) with a flat TV facing −Z.', params: { width: n(2, 0.8, 5), screen: n(1.4, 0.5, 3), finish: f('dark-wood') } },
  'kitchen-island': { about: 'A kitchen island with a stone top, sink and hob; stools along its overhang at −Z.', params: { width: n(2.4, 1, 5), depth: n(0.95, 0.6, 1.6), stools: i(3, 0, 6), finish: f('white-laminate'), top: f('marble') } },
  'tiled-roof': { about: 'A grey-tiled hip roof (庑殿; a pyramid 攒尖 when square) with a concave profile, soffit, eave fascia and a ridge with raised ends, its eave line at elevation; set it on columns (a gatehouse, hall or pavilion); never collides.', params: { width: n(10, 1, 80), depth: n(6, 1, 60), rise: n(2.5, 0.3, 15), elevation: n(4, 0, 30), finish: f('roof-tile'), soffit: f('lacquered-red') } },
  'bracket-set': { about: 'A timber bracket set (斗拱) for a column top: a bearing block and three tiers of crossed arms; size scales it (1: 1.8 m across); never collides.', params: { size: n(1, 0.3, 3), finish: f('teak'), trim: f('lacquered-red') } },
  walkway: { about: 'A covered walkway (回廊) along X: bays of two column rows with beams, a back rail and a front seat rail, under a tiled hip roof; only the columns collide.', params: { length: n(12, 2, 80), width: n(2.4, 1.2, 6), height: n(3, 2, 6), bays: i(4, 1, 30), rail: b(true), finish: f('lacquered-red'), soffit: f('dark-wood'), roof: f('roof-tile') } },
} as const satisfies Record<string, KitEntry>;

export type KitId = keyof typeof KIT;
export const KIT_IDS = Object.keys(KIT) as KitId[];

/** A prop's parameters with defaults filled in. */
export function kitParams(kit: KitId, given: Record<string, unknown> = {}): Record<string, number | boolean | string> {
  const out: Record<string, number | boolean | string> = {};
  for (const [name, spec] of Object.entries(KIT[kit].params as Record<string, ParamSpec>)) {
    const v = given[name];
    out[name] = v === undefined ? spec.default : (v as number | boolean | string);
  }
  return out;
}

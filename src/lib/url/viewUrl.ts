/**
 * The viewer's URL parameters (docs/ARCHITECTURE.md §3) and the small query-string
 * toolkit the catalog route shares (catalogUrl.ts).
 *
 * Parsing never throws: each bad value is dropped and reported as a Notice for the UI to show
 * (translated by `reason`), and the rest of the view still opens. Formatting writes fixed
 * precision in a fixed order so that a shared link reopens the same view and the same view
 * always gives the same link.
 */
import { wrapDeg180 } from '../motion/angles';
import { FOCAL_RANGE_MM } from '../camera/focalRange';
import type { Lang, NoticeReason, Parsed } from './query';
import { LANGS, formatFixed, isId, joinQuery, notice, otherPairs, readEnum, readNumber, splitQuery } from './query';

/**
 * The shape of `move=` (src/lib/moves/codec.ts): version 1, optional hand-held, then keyframes of
 * nine numbers and an ease letter; version 2 adds stand-ins' marks (`b<figure>:t,x,y,z[,yaw]:…`)
 * after any keyframes. The viewer route checks only this shape (the codec's range checks load
 * with frame mode, for the bundle budget; a move out of range is dropped there with the same
 * notice).
 */
const MOVE_SHAPE = /^(?:1(;h-?\d+,[\d.]+)?(;[-+\d.eE]+(,[-+\d.eE]+){8},[lsioLSIO])+|2(;h-?\d+,[\d.]+)?(;[-+\d.eE]+(,[-+\d.eE]+){8},[lsioLSIO])*(;b\d+(:[-+\d.eE]+(,[-+\d.eE]+){3,4})+)+)$/;
const MOVE_MAX_CHARS = 6000;

// The query toolkit (LANGS, isId, notices …) is query.ts: import it from there.

export const MODES = ['orbit', 'walk', 'frame', 'tour'] as const;
export type ViewMode = (typeof MODES)[number];
export const ORIENTS = ['portrait', 'crop'] as const;
export type Orient = (typeof ORIENTS)[number];

/** `cam=x,y,z,yawDeg,pitchDeg[,rollDeg]`: metres in set coordinates and degrees. */
export interface CamParam {
  position: [number, number, number];
  /** In (−180, 180]; 0 looks toward −Z, positive turns left. */
  yawDeg: number;
  /** In [−90, 90]; positive looks up. */
  pitchDeg: number;
  /** In [−180, 180]; absent means 0. */
  rollDeg?: number;
}

export const FIGURE_KINDS = ['adult-175', 'adult-162', 'child-120'] as const;
export const FIGURE_POSES = ['standing', 'seated'] as const;

/** One stand-in of `fig=kind,pose,x,y,z,yawDeg[;…]`: feet position in metres, facing in degrees. */
export interface FigParam {
  kind: (typeof FIGURE_KINDS)[number];
  pose: (typeof FIGURE_POSES)[number];
  position: [number, number, number];
  /** In (−180, 180], camera yaw convention. */
  yawDeg: number;
}

export interface ViewParams {
  lang: Lang;
  mode: ViewMode;
  cam: CamParam;
  /** A camera body id from scenes/cameras.json. */
  body: string;
  /** Focal length in mm, in [1, 1200], to 0.1 mm. */
  lens: number;
  orient: Orient;
  /** Stand-in figures (frame mode), in the order given. */
  fig: FigParam[];
  /** A preset shot id of the set. */
  shot: string;
  /** A camera move (frame mode): `move=` in the versioned codec of src/lib/moves/codec.ts, checked for its shape (frame mode parses it). */
  move: string;
  /** Where the move's playhead opens, seconds. */
  t: number;
  /** The lens's T-stop (depth of field), in [LIMITS.tstopMin, LIMITS.tstopMax]. */
  tstop: number;
  /** Focus distance in metres (when there is no move; a move's keyframes carry their own). */
  focus: number;
}

export const LIMITS = {
  position: 10_000,
  pitch: 90,
  roll: 180,
  lensMin: FOCAL_RANGE_MM.min,
  lensMax: FOCAL_RANGE_MM.max,
  figures: 12,
  tstopMin: 0.7,
  tstopMax: 32,
  focusMin: 0.02,
  focusMax: 10_000,
  /** The longest move, seconds (MAX_DURATION_S of src/lib/moves). */
  moveMaxS: 600,
} as const;

/** The parameters this codec owns, in the order formatViewParams writes them. */
export const VIEW_KEYS = ['lang', 'mode', 'cam', 'body', 'lens', 'orient', 'fig', 'shot', 'move', 't', 'tstop', 'focus'] as const;

const roundTo = (v: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
};
const clampTo = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

// ---------------------------------------------------------------------------------------------
// View parameters

/** Parses `cam`: 5 or 6 numbers; any bad component drops the whole pose. */
function readCam(value: string): CamParam | NoticeReason {
  const parts = value.split(',');
  if (parts.length !== 5 && parts.length !== 6) return 'format';
  const nums: number[] = [];
  for (const p of parts) {
    const n = readNumber(p.trim());
    if (n === null) return 'format';
    nums.push(n);
  }
  if (!nums.every(Number.isFinite)) return 'range';
  const [x, y, z, yaw, pitch, roll] = nums as [number, number, number, number, number, number | undefined];
  if (Math.max(Math.abs(x), Math.abs(y), Math.abs(z)) > LIMITS.position) return 'range';
  if (Math.abs(pitch) > LIMITS.pitch) return 'range';
  if (roll !== undefined && Math.abs(roll) > LIMITS.roll) return 'range';
  const cam: CamParam = { position: [x, y, z], yawDeg: wrapDeg180(yaw), pitchDeg: pitch };
  if (roll !== undefined) cam.rollDeg = roll;
  return cam;
}

/** Parses `fig`: up to 12 figures of 6 fields each; any bad figure drops them all (like cam). */
function readFigs(value: string): FigParam[] | NoticeReason {
  const items = value.split(';');
  if (items.length > LIMITS.figures) return 'range';
  const out: FigParam[] = [];
  for (const item of items) {
    const parts = item.split(',');
    if (parts.length !== 6) return 'format';
    const kind = readEnum(parts[0]!, FIGURE_KINDS);
    const pose = readEnum(parts[1]!, FIGURE_POSES);
    if (!kind || !pose) return 'unknown';
    const nums = parts.slice(2).map((p) => readNumber(p.trim()));
    if (nums.some((n) => n === null)) return 'format';
    const [x, y, z, yaw] = nums as [number, number, number, number];
    if (![x, y, z, yaw].every(Number.isFinite) || Math.max(Math.abs(x), Math.abs(y), Math.abs(z)) > LIMITS.position) return 'range';
    out.push({ kind, pose, position: [x, y, z], yawDeg: wrapDeg180(yaw) });
  }
  return out;
}

/**
 * Reads the viewer's parameters from a query string (location.search). Bad values are dropped
 * with a notice; unknown parameter names are passed through in `others`, untouched. When
 * `known` lists are given, a well-formed body or shot id that is not in them is `unknown`.
 * Never throws.
 */
export function parseViewParams(search: string, known?: { bodies?: readonly string[]; shots?: readonly string[] }): Parsed<ViewParams> {
  const { values, others, notices } = splitQuery(search, VIEW_KEYS);
  const params: Partial<ViewParams> = {};
  const drop = (key: string, value: string, reason: NoticeReason) => notices.push(notice(key, value, reason));

  for (const [key, value] of values) {
    switch (key) {
      case 'lang': {
        const v = readEnum(value, LANGS);
        if (v) params.lang = v;
        else drop(key, value, 'unknown');
        break;
      }
      case 'mode': {
        const v = readEnum(value, MODES);
        if (v) params.mode = v;
        else drop(key, value, 'unknown');
        break;
      }
      case 'orient': {
        const v = readEnum(value, ORIENTS);
        if (v) params.orient = v;
        else drop(key, value, 'unknown');
        break;
      }
      case 'cam': {
        const cam = readCam(value);
        if (typeof cam === 'string') drop(key, value, cam);
        else params.cam = cam;
        break;
      }
      case 'fig': {
        const figs = readFigs(value);
        if (typeof figs === 'string') drop(key, value, figs);
        else params.fig = figs;
        break;
      }
      case 'lens': {
        const n = readNumber(value.trim());
        if (n === null) drop(key, value, 'format');
        else {
          const mm = roundTo(n, 1);
          if (Number.isFinite(mm) && mm >= LIMITS.lensMin && mm <= LIMITS.lensMax) params.lens = mm;
          else drop(key, value, 'range');
        }
        break;
      }
      case 'move': {
        const v = value.replace(/\s+/g, '');
        if (v.length <= MOVE_MAX_CHARS && MOVE_SHAPE.test(v)) params.move = v;
        else drop(key, value, v.length > MOVE_MAX_CHARS ? 'range' : 'format');
        break;
      }
      case 't':
      case 'tstop':
      case 'focus': {
        const n = readNumber(value.trim());
        const [min, max] = key === 't' ? [0, LIMITS.moveMaxS] : key === 'tstop' ? [LIMITS.tstopMin, LIMITS.tstopMax] : [LIMITS.focusMin, LIMITS.focusMax];
        if (n === null) drop(key, value, 'format');
        else if (!(n >= min && n <= max)) drop(key, value, 'range');
        else params[key] = roundTo(n, key === 't' ? 3 : key === 'tstop' ? 1 : 2);
        break;
      }
      case 'body':
      case 'shot': {
        const list = key === 'body' ? known?.bodies : known?.shots;
        if (!isId(value)) drop(key, value, 'format');
        else if (list && !list.includes(value)) drop(key, value, 'unknown');
        else params[key] = value;
        break;
      }
    }
  }
  return { params, notices, others };
}

/**
 * Writes view parameters as a query string beginning with "?" ("" when there is nothing to
 * write), in the order lang, mode, cam, body, lens, orient, fig, shot, move, t, tstop, focus, followed by `others` (given
 * as a query string or pairs; keys this codec owns are dropped from them).
 * Precision: position 1 mm, angles 0.01°, lens 0.1 mm. Out-of-range numbers are clamped to
 * what parseViewParams accepts, yaw is wrapped to (−180, 180], a zero roll is left out, and
 * values that cannot be written (non-finite numbers, malformed ids, unknown names) are skipped.
 */
export function formatViewParams(params: Partial<ViewParams>, others?: string | Iterable<readonly [string, string]>): string {
  const pairs: [string, string][] = [];
  if (params.lang && (LANGS as readonly string[]).includes(params.lang)) pairs.push(['lang', params.lang]);
  if (params.mode && (MODES as readonly string[]).includes(params.mode)) pairs.push(['mode', params.mode]);
  const cam = params.cam;
  if (cam) {
    const nums = [...cam.position, cam.yawDeg, cam.pitchDeg, cam.rollDeg ?? 0];
    if (cam.position.length === 3 && nums.every(Number.isFinite)) {
      const p = cam.position.map((v) => formatFixed(clampTo(v, -LIMITS.position, LIMITS.position), 3));
      const yaw = wrapDeg180(roundTo(wrapDeg180(cam.yawDeg), 2));
      const pitch = roundTo(clampTo(cam.pitchDeg, -LIMITS.pitch, LIMITS.pitch), 2);
      const roll = roundTo(clampTo(cam.rollDeg ?? 0, -LIMITS.roll, LIMITS.roll), 2);
      const parts = [...p, formatFixed(yaw, 2), formatFixed(pitch, 2)];
      if (roll !== 0) parts.push(formatFixed(roll, 2));
      pairs.push(['cam', parts.join(',')]);
    }
  }
  if (params.body && isId(params.body)) pairs.push(['body', params.body]);
  if (params.lens !== undefined && Number.isFinite(params.lens)) {
    pairs.push(['lens', formatFixed(clampTo(roundTo(params.lens, 1), LIMITS.lensMin, LIMITS.lensMax), 1)]);
  }
  if (params.orient && (ORIENTS as readonly string[]).includes(params.orient)) pairs.push(['orient', params.orient]);
  const figs = (params.fig ?? []).filter(
    (f) => (FIGURE_KINDS as readonly string[]).includes(f.kind) && (FIGURE_POSES as readonly string[]).includes(f.pose) && [...f.position, f.yawDeg].every(Number.isFinite),
  );
  if (figs.length) {
    const one = (f: FigParam) =>
      [f.kind, f.pose, ...f.position.map((v) => formatFixed(clampTo(v, -LIMITS.position, LIMITS.position), 3)), formatFixed(wrapDeg180(roundTo(wrapDeg180(f.yawDeg), 2)), 2)].join(',');
    pairs.push(['fig', figs.slice(0, LIMITS.figures).map(one).join(';')]);
  }
  if (params.shot && isId(params.shot)) pairs.push(['shot', params.shot]);
  const move = params.move && params.move.length <= MOVE_MAX_CHARS && MOVE_SHAPE.test(params.move) ? params.move : '';
  if (move) pairs.push(['move', move]);
  if (move && params.t !== undefined && Number.isFinite(params.t)) pairs.push(['t', formatFixed(clampTo(roundTo(params.t, 3), 0, LIMITS.moveMaxS), 3)]);
  if (params.tstop !== undefined && Number.isFinite(params.tstop)) pairs.push(['tstop', formatFixed(clampTo(roundTo(params.tstop, 1), LIMITS.tstopMin, LIMITS.tstopMax), 1)]);
  if (params.focus !== undefined && Number.isFinite(params.focus)) pairs.push(['focus', formatFixed(clampTo(roundTo(params.focus, 2), LIMITS.focusMin, LIMITS.focusMax), 2)]);
  return joinQuery([...pairs, ...otherPairs(others, VIEW_KEYS)]);
}

/**
 * The `move=` URL parameter: a camera move, compact and versioned.
 *
 *   move=1;h7,0.4;0,0,1.6,5,0,-2,0,35,3,s;4,0,1.6,3.5,0,-2,0,35,1.5,s
 *        │ │       └ keyframes: t s, x y z m, yaw pitch roll °, focal mm, focus m, ease
 *        │ └ optional hand-held shake: seed, amount (0–1)
 *        └ version
 *
 * Ease letters: l linear, s smooth (in and out), i ease in, o ease out. Precision: time 1 ms,
 * position 1 mm, angles 0.01°, focal 0.1 mm, focus 1 cm. `t=` is the playhead in seconds.
 *
 * Version 2 adds stand-ins' marks (blocking), one token per stand-in after the keyframes:
 *
 *   move=2;0,0,1.6,5,0,-2,0,35,3,s;4,0,1.6,3.5,0,-2,0,35,1.5,s;b0:0,1,0,-2:3,2.5,0,-4,90
 *                                                                │ └ marks: t s, x y z m[, facing °]
 *                                                                └ the stand-in's index in fig=
 *
 * A mark without a facing turns the figure the way it walks. Version 2 may have no keyframes
 * (a still camera watching the blocking). A move without marks is still written as version 1,
 * so every link written before marks existed reads the same and writes the same.
 * Parsing never throws: a bad move is dropped whole with a reason, like `cam`.
 */
import { wrapDeg180 } from '../motion/angles';
import { DEG, type Pose } from '../motion/pose';
import { formatFixed, readNumber } from '../url/query';
import { normaliseMove } from './edit';
import type { Ease, FigureBlocking, Keyframe, Mark, Move } from './types';
import { EASES, FOCAL_MAX_MM, FOCAL_MIN_MM, FOCUS_MAX_M, FOCUS_MIN_M, MAX_BLOCKED_FIGURES, MAX_DURATION_S, MAX_KEYFRAMES, MAX_MARKS } from './types';

/** The version written for a move without marks; BLOCKING_VERSION for one with them. */
export const MOVE_VERSION = '1';
export const BLOCKING_VERSION = '2';
const EASE_LETTER: Record<Ease, string> = { linear: 'l', smooth: 's', in: 'i', out: 'o' };
const LETTER_EASE = new Map(EASES.map((e) => [EASE_LETTER[e], e] as const));
const POSITION_LIMIT = 10_000;

export type MoveProblem = 'format' | 'range';

const num = (s: string | undefined): number | null => (s === undefined ? null : readNumber(s.trim()));

/** Parses a `move=` value into a move, or the reason it was dropped. */
export function parseMove(value: string): Move | MoveProblem {
  const tokens = value.split(';').map((s) => s.trim());
  const v2 = tokens[0] === BLOCKING_VERSION;
  if (tokens[0] !== MOVE_VERSION && !v2) return 'format';
  let i = 1;
  let handheld: Move['handheld'] = null;
  if (tokens[i]?.startsWith('h')) {
    const [seed, amount] = tokens[i]!.slice(1).split(',').map(num);
    if (seed === null || seed === undefined || amount === null || amount === undefined || !Number.isInteger(seed)) return 'format';
    if (amount < 0 || amount > 1 || Math.abs(seed) > 2 ** 31) return 'range';
    handheld = { seed, amount };
    i++;
  }
  let end = tokens.length;
  while (v2 && end > i && tokens[end - 1]!.startsWith('b')) end--;
  const blocking = v2 ? parseBlocking(tokens.slice(end)) : [];
  if (typeof blocking === 'string') return blocking;
  const frames = tokens.slice(i, end);
  if (frames.length === 0 && blocking.length === 0) return 'format';
  if (frames.length > MAX_KEYFRAMES) return 'range';
  const keyframes: Keyframe[] = [];
  for (const f of frames) {
    const parts = f.split(',');
    if (parts.length !== 10) return 'format';
    const ease = LETTER_EASE.get(parts[9]!.trim().toLowerCase());
    const n = parts.slice(0, 9).map(num);
    if (!ease || n.some((v) => v === null || !Number.isFinite(v))) return 'format';
    const [t, x, y, z, yaw, pitch, roll, focal, focus] = n as number[];
    if (t! < 0 || t! > MAX_DURATION_S) return 'range';
    if ([x, y, z].some((v) => Math.abs(v!) > POSITION_LIMIT)) return 'range';
    if (Math.abs(pitch!) > 90 || Math.abs(roll!) > 180) return 'range';
    if (focal! < FOCAL_MIN_MM || focal! > FOCAL_MAX_MM || focus! < FOCUS_MIN_M || focus! > FOCUS_MAX_M) return 'range';
    const pose: Pose = { x: x!, y: y!, z: z!, yaw: wrapDeg180(yaw!) * DEG, pitch: pitch! * DEG, roll: roll! * DEG };
    keyframes.push({ t: t!, pose, focalMm: focal!, focusM: focus!, ease });
  }
  for (let k = 1; k < keyframes.length; k++) if (!(keyframes[k]!.t > keyframes[k - 1]!.t)) return 'format';
  return normaliseMove(blocking.length ? { keyframes, handheld, blocking } : { keyframes, handheld });
}

/** The `b<figure>:<mark>:…` tokens of version 2. */
function parseBlocking(tokens: string[]): FigureBlocking[] | MoveProblem {
  if (tokens.length > MAX_BLOCKED_FIGURES) return 'range';
  const out: FigureBlocking[] = [];
  for (const token of tokens) {
    const [head, ...items] = token.slice(1).split(':');
    const figure = num(head);
    if (figure === null || !Number.isInteger(figure) || items.length === 0) return 'format';
    if (figure < 0 || figure >= MAX_BLOCKED_FIGURES || items.length > MAX_MARKS || out.some((b) => b.figure === figure)) return 'range';
    const marks: Mark[] = [];
    for (const item of items) {
      const n = item.split(',').map(num);
      if ((n.length !== 4 && n.length !== 5) || n.some((v) => v === null || !Number.isFinite(v))) return 'format';
      const [t, x, y, z, yaw] = n as number[];
      if (t! < 0 || t! > MAX_DURATION_S || [x, y, z].some((v) => Math.abs(v!) > POSITION_LIMIT)) return 'range';
      if (marks.length && !(t! > marks[marks.length - 1]!.t)) return 'format';
      marks.push({ t: t!, x: x!, y: y!, z: z!, yaw: yaw === undefined ? null : wrapDeg180(yaw) * DEG });
    }
    out.push({ figure, marks });
  }
  return out;
}

function formatMark(m: Mark): string {
  const fields = [formatFixed(m.t, 3), formatFixed(m.x, 3), formatFixed(m.y, 3), formatFixed(m.z, 3)];
  if (m.yaw !== null) fields.push(formatFixed(wrapDeg180(Math.round((m.yaw / DEG) * 100) / 100), 2));
  return fields.join(',');
}

/** Writes a move for `move=`; "" for a move with no keyframes. */
export function formatMove(move: Move): string {
  const m = normaliseMove(move);
  const blocking = m.blocking ?? [];
  if (m.keyframes.length === 0 && blocking.length === 0) return '';
  const out = [blocking.length ? BLOCKING_VERSION : MOVE_VERSION];
  if (m.handheld) out.push(`h${m.handheld.seed},${formatFixed(m.handheld.amount, 2)}`);
  for (const k of m.keyframes) {
    out.push(
      [
        formatFixed(k.t, 3),
        formatFixed(k.pose.x, 3),
        formatFixed(k.pose.y, 3),
        formatFixed(k.pose.z, 3),
        formatFixed(wrapDeg180(Math.round((k.pose.yaw / DEG) * 100) / 100), 2),
        formatFixed(k.pose.pitch / DEG, 2),
        formatFixed(wrapDeg180(Math.round((k.pose.roll / DEG) * 100) / 100), 2),
        formatFixed(k.focalMm, 1),
        formatFixed(k.focusM, 2),
        EASE_LETTER[k.ease],
      ].join(','),
    );
  }
  for (const b of blocking) out.push(`b${b.figure}:${b.marks.map(formatMark).join(':')}`);
  return out.join(';');
}

/** Parses `t=` (seconds into the move). */
export function parsePlayhead(value: string): number | MoveProblem {
  const v = readNumber(value.trim());
  if (v === null || !Number.isFinite(v)) return 'format';
  if (v < 0 || v > MAX_DURATION_S) return 'range';
  return v;
}

/** Writes `t=` to the millisecond. */
export function formatPlayhead(t: number): string {
  return formatFixed(Math.min(MAX_DURATION_S, Math.max(0, t)), 3);
}

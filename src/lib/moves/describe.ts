/**
 * What kind of move a move is, in an operator's words, for the shot list's CSV: the camera's
 * change from the first keyframe to the last, split into dolly (along the view), truck
 * (sideways), pedestal/crane (up), pan, tilt, roll and zoom, plus hand-held.
 */
import { DEG, wrapAngle } from '../motion/pose';
import type { Move } from './types';

export const MOVE_KINDS = ['static', 'push-in', 'pull-out', 'truck-left', 'truck-right', 'crane-up', 'crane-down', 'pan-left', 'pan-right', 'tilt-up', 'tilt-down', 'roll', 'zoom-in', 'zoom-out', 'arc', 'handheld'] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

/** Changes smaller than these do not count: 5 cm, 1°, 0.5 mm of focal length. */
const MIN_M = 0.05;
const MIN_RAD = 1 * DEG;
const MIN_MM = 0.5;

/** The kinds of the move, in a fixed order; ['static'] for a still camera or no move. */
export function describeMove(move: Move): MoveKind[] {
  const k = move.keyframes;
  const out: MoveKind[] = [];
  if (k.length >= 2) {
    const a = k[0]!;
    const b = k[k.length - 1]!;
    const dx = b.pose.x - a.pose.x;
    const dy = b.pose.y - a.pose.y;
    const dz = b.pose.z - a.pose.z;
    // Along the first keyframe's line of sight (a push-in on a tilted camera is not a crane), to its right, and up what is left.
    const cp = Math.cos(a.pose.pitch);
    const fx = -Math.sin(a.pose.yaw) * cp;
    const fy = Math.sin(a.pose.pitch);
    const fz = -Math.cos(a.pose.yaw) * cp;
    const along = fx * dx + fy * dy + fz * dz;
    const right = Math.cos(a.pose.yaw) * dx - Math.sin(a.pose.yaw) * dz;
    const up = dy - along * fy;
    // Yaw summed along the keyframes (shortest arc each), so a 270° arc reads as one.
    let yaw = 0;
    for (let i = 1; i < k.length; i++) yaw += wrapAngle(k[i]!.pose.yaw - k[i - 1]!.pose.yaw);
    const moved = Math.hypot(dx, dz) >= MIN_M;
    // An arc turns the camera while it travels sideways around what it looks at.
    const arc = moved && Math.abs(yaw) >= 5 * DEG && Math.abs(right) >= MIN_M && Math.sign(right) === Math.sign(yaw);
    if (arc) out.push('arc');
    else {
      if (along >= MIN_M) out.push('push-in');
      if (along <= -MIN_M) out.push('pull-out');
      if (right <= -MIN_M) out.push('truck-left');
      if (right >= MIN_M) out.push('truck-right');
    }
    if (up >= MIN_M) out.push('crane-up');
    if (up <= -MIN_M) out.push('crane-down');
    if (!arc && yaw >= MIN_RAD) out.push('pan-left');
    if (!arc && yaw <= -MIN_RAD) out.push('pan-right');
    const pitch = b.pose.pitch - a.pose.pitch;
    if (pitch >= MIN_RAD) out.push('tilt-up');
    if (pitch <= -MIN_RAD) out.push('tilt-down');
    if (Math.abs(wrapAngle(b.pose.roll - a.pose.roll)) >= MIN_RAD) out.push('roll');
    if (b.focalMm - a.focalMm >= MIN_MM) out.push('zoom-in');
    if (b.focalMm - a.focalMm <= -MIN_MM) out.push('zoom-out');
  }
  if (move.handheld && k.length >= 2) out.push('handheld');
  return out.length ? out : ['static'];
}

/** The kinds' names for tables and files, in both languages. */
export const MOVE_KIND_NAMES: Readonly<Record<'zh' | 'en', Record<MoveKind, string>>> = {
  zh: {
    static: '固定机位',
    'push-in': '推',
    'pull-out': '拉',
    'truck-left': '左移',
    'truck-right': '右移',
    'crane-up': '升',
    'crane-down': '降',
    'pan-left': '左摇',
    'pan-right': '右摇',
    'tilt-up': '上仰',
    'tilt-down': '下俯',
    roll: '横滚',
    'zoom-in': '变焦推',
    'zoom-out': '变焦拉',
    arc: '环绕',
    handheld: '手持',
  },
  en: {
    static: 'static',
    'push-in': 'push in',
    'pull-out': 'pull out',
    'truck-left': 'truck left',
    'truck-right': 'truck right',
    'crane-up': 'crane up',
    'crane-down': 'crane down',
    'pan-left': 'pan left',
    'pan-right': 'pan right',
    'tilt-up': 'tilt up',
    'tilt-down': 'tilt down',
    roll: 'roll',
    'zoom-in': 'zoom in',
    'zoom-out': 'zoom out',
    arc: 'arc',
    handheld: 'hand-held',
  },
};

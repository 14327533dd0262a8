/**
 * The shot list's order. One list holds the shots of every set, so a director who scouts
 * several sets leaves with one list; it is kept grouped by set (a set's shots are contiguous,
 * sets in the order their first shot was taken). The array order is the display order, the
 * numbering of exported files and the order of the storyboard, so they always agree.
 * All functions are pure: they return a new array, or the same one when nothing changes.
 */
import type { Shot } from './shot';

/** Regroups a list so that each set's shots are contiguous, keeping first-appearance order. */
export function groupedOrder<T extends Pick<Shot, 'setId'>>(list: readonly T[]): T[] {
  const bySet = new Map<string, T[]>();
  for (const s of list) {
    const g = bySet.get(s.setId);
    if (g) g.push(s);
    else bySet.set(s.setId, [s]);
  }
  return [...bySet.values()].flat();
}

/** The list as groups, in list order. */
export function groupBySet<T extends Pick<Shot, 'setId'>>(list: readonly T[]): { setId: string; shots: T[] }[] {
  const out: { setId: string; shots: T[] }[] = [];
  for (const s of list) {
    const last = out[out.length - 1];
    if (last && last.setId === s.setId) last.shots.push(s);
    else out.push({ setId: s.setId, shots: [s] });
  }
  return out;
}

/** Adds a shot after the last shot of its set (or at the end for a new set). */
export function insertShot<T extends Pick<Shot, 'setId'>>(list: readonly T[], shot: T): T[] {
  let at = -1;
  for (let i = 0; i < list.length; i++) if (list[i]!.setId === shot.setId) at = i;
  const out = list.slice();
  if (at < 0) out.push(shot);
  else out.splice(at + 1, 0, shot);
  return out;
}

/** Moves a shot one place up (−1) or down (+1) within its set; at the group's edge nothing changes. */
export function moveShot<T extends Pick<Shot, 'id' | 'setId'>>(list: readonly T[], id: string, dir: -1 | 1): T[] {
  const i = list.findIndex((s) => s.id === id);
  const j = i + dir;
  const a = list[i];
  const b = list[j];
  if (!a || !b || a.setId !== b.setId) return list as T[];
  const out = list.slice();
  out[i] = b;
  out[j] = a;
  return out;
}

/** Whether a shot can move up (−1) or down (+1). */
export function canMove(list: readonly Pick<Shot, 'id' | 'setId'>[], id: string, dir: -1 | 1): boolean {
  const i = list.findIndex((s) => s.id === id);
  const b = list[i + dir];
  return i >= 0 && !!b && b.setId === list[i]!.setId;
}

/** Puts a removed shot back where it was (for undo), clamped to the list. */
export function restoreShot<T extends Pick<Shot, 'id' | 'setId'>>(list: readonly T[], shot: T, index: number): T[] {
  if (list.some((s) => s.id === shot.id)) return list as T[];
  const out = list.slice();
  out.splice(Math.max(0, Math.min(index, out.length)), 0, shot);
  return groupedOrder(out);
}

/**
 * Merges imported shots: a shot whose id is already in the list replaces it in place, the
 * others are added after their set's shots, in the file's order.
 */
export function mergeShots<T extends Pick<Shot, 'id' | 'setId'>>(list: readonly T[], incoming: readonly T[]): { list: T[]; added: number; replaced: number } {
  let out = list.slice();
  let added = 0;
  let replaced = 0;
  for (const s of incoming) {
    const i = out.findIndex((x) => x.id === s.id);
    if (i >= 0) {
      out[i] = s;
      replaced++;
    } else {
      out = insertShot(out, s);
      added++;
    }
  }
  return { list: groupedOrder(out), added, replaced };
}

const NAME_NUMBER = /^(?:镜头|Shot)\s*(\d{1,6})$/i;

/** The default name of the next shot: "镜头 N" / "Shot N", N one more than the highest such number in the list. */
export function nextShotName(list: readonly Pick<Shot, 'name'>[], lang: 'zh' | 'en'): string {
  let max = 0;
  for (const s of list) {
    const m = NAME_NUMBER.exec(s.name.trim());
    if (m) max = Math.max(max, Number(m[1]));
  }
  max = Math.max(max, list.length);
  return lang === 'zh' ? `镜头 ${max + 1}` : `Shot ${max + 1}`;
}

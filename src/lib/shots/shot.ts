/**
 * A shot in the shot list, as plain types: everything needed to stand in the same place with the
 * same camera again, and the still that was taken there. src/data/shotSchema.ts reads stored
 * lists and exported files into exactly these shapes (a type-level check there keeps the two
 * equal), so what the app writes it can always read back (docs/ARCHITECTURE.md §1).
 */
import type { ShotSizeId } from '../camera/shotSize';
import type { FigureKind, FigurePose, Orientation } from '../camera/types';

export interface ShotFigure {
  kind: FigureKind;
  pose: FigurePose;
  /** Feet position, set coordinates (m). */
  position: [number, number, number];
  /** Facing, degrees (camera yaw convention). */
  yawDeg: number;
}

export interface ShotCamera {
  position: [number, number, number];
  /** (−180, 180]; 0 looks toward −Z, positive turns left. */
  yawDeg: number;
  /** Positive looks up. */
  pitchDeg: number;
  rollDeg: number;
}

/** What is known about a shot's still; the bytes live in IndexedDB (stored list) or a data URL (export). */
export interface StillInfo {
  width: number;
  height: number;
  type: 'image/png' | 'image/jpeg' | 'image/webp';
}

export interface Shot {
  id: string;
  setId: string;
  name: string;
  note: string;
  createdAt: string;
  camera: ShotCamera;
  body: string;
  /** Focal length, mm (FOCAL_RANGE_MM). */
  lens: number;
  orient: Orientation;
  /** Field of view of the 9:16 frame at capture, degrees. */
  hfovDeg: number;
  vfovDeg: number;
  /** Shot size of the judged stand-in at capture; null when no stand-in was in the frame. */
  shotSize: ShotSizeId | null;
  figures: ShotFigure[];
  /** The catalog preset this shot was added from, if any. */
  presetId: string | null;
  still: StillInfo | null;
  /** The shot's camera move in the `move=` codec (src/lib/moves/codec.ts); null for a still camera. */
  move: string | null;
}

/** Format name and version of the exported JSON file. */
export const FILE_FORMAT = 'setscout-shots';
export const FILE_VERSION = 1;

let counter = 0;

/** A new shot id: time and randomness in base 36 ("s-lx2k9a-4f7q"), unique in practice and URL-safe. */
export function newShotId(now = Date.now(), random = Math.random): string {
  counter = (counter + 1) % 1296;
  const rand = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `s-${now.toString(36)}-${counter.toString(36).padStart(2, '0')}${rand}`;
}

/**
 * The floor plan's projection: set coordinates (x right, −z up the page) to plan
 * pixels and back. Shared by the minimap drawing, its markers and its clicks.
 */

export interface Bounds2 {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

/** A set's floor plan as drawn from its model: triangles projected to XZ, 6 floats each. */
export interface PlanShapes {
  /** Where you can stand. */
  floor: Float32Array;
  /** Walls and furniture. */
  obstacles: Float32Array;
  bounds: Bounds2;
}

export interface PlanTransform {
  /** Pixels per metre. */
  scale: number;
  /** Pixel position of world (minX, minZ). */
  ox: number;
  oy: number;
  width: number;
  height: number;
}

/** Fits the bounds into width × height pixels with a margin, keeping the aspect ratio, centred. */
export function fitPlan(b: Bounds2, width: number, height: number, pad = 8): PlanTransform {
  const w = Math.max(1e-6, b.maxX - b.minX);
  const d = Math.max(1e-6, b.maxZ - b.minZ);
  const scale = Math.min((width - pad * 2) / w, (height - pad * 2) / d);
  return { scale, ox: (width - w * scale) / 2 - b.minX * scale, oy: (height - d * scale) / 2 - b.minZ * scale, width, height };
}

export function toPlan(t: PlanTransform, x: number, z: number, out: { x: number; y: number }): { x: number; y: number } {
  out.x = t.ox + x * t.scale;
  out.y = t.oy + z * t.scale;
  return out;
}

export function fromPlan(t: PlanTransform, px: number, py: number, out: { x: number; z: number }): { x: number; z: number } {
  out.x = (px - t.ox) / t.scale;
  out.z = (py - t.oy) / t.scale;
  return out;
}

/** Plan-space angle (radians, clockwise from up) of a camera yaw: yaw 0 looks up the page (−Z). */
export function yawToPlanAngle(yaw: number): number {
  return -yaw;
}

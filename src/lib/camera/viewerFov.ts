import { DEG } from '../motion/pose';

/** Default view (not frame mode): 70° across whatever the window shape, the vertical field kept in [45°, 75°]. */
export function viewerVfovDeg(aspect: number): number {
  const hfov = 70 * DEG;
  const vfov = (2 * Math.atan(Math.tan(hfov / 2) / aspect)) / DEG;
  return Math.min(75, Math.max(45, vfov));
}

/** Renders stills for the shot list (built by the shot-list work; binds nothing yet). */
export function ShotCapture() {
  return null;
}

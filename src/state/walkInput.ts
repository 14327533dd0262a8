/**
 * Movement asked for by on-screen controls (the touch joystick, the frame-mode
 * move pad), read by the canvas every frame. Plain mutable values, not React
 * state: they change at pointer rate.
 */
export const walkInput = {
  /** −1 (left) … 1 (right). */
  strafe: 0,
  /** −1 (back) … 1 (forward). */
  forward: 0,
  /** −1 … 1: turn left/right (radians per second scaled). */
  turn: 0,
  /** −1 … 1: pedestal down/up in frame mode. */
  rise: 0,
};

export function resetWalkInput(): void {
  walkInput.strafe = 0;
  walkInput.forward = 0;
  walkInput.turn = 0;
  walkInput.rise = 0;
}

/**
 * Movement asked for by the on-screen touch joystick, read by the canvas every frame. Plain
 * mutable values, not React state: they change at pointer rate.
 */
export const walkInput = {
  /** −1 (left) … 1 (right). */
  strafe: 0,
  /** −1 (back) … 1 (forward). */
  forward: 0,
};

export function resetWalkInput(): void {
  walkInput.strafe = 0;
  walkInput.forward = 0;
}

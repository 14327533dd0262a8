import { makeOperator } from '../../../lib/moves/operate';

/**
 * The frame camera's operator (src/lib/moves/operate.ts) for the loaded set: its world is set
 * while frame mode has a model (useCameraPlacement) and null otherwise.
 */
export const operator = makeOperator();

/** Keys held down now (KeyboardEvent.code), read every frame by useOperatorFrame. */
export const heldKeys = new Set<string>();

/** The keys the operator listens to. */
export const OPERATOR_KEYS = ['KeyW', 'KeyA', 'KeyS', 'KeyD', 'KeyQ', 'KeyE', 'KeyR', 'KeyF', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'ShiftLeft', 'ShiftRight'];

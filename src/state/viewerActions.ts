/**
 * Commands the DOM asks of the 3D view (go to a point on the plan, look at a
 * hotspot). The canvas binds them while a model is loaded; before that they do
 * nothing. Keeps src/ui free of three.js.
 */
export interface ViewerActions {
  /** Moves to a plan point: walking there at eye height, or re-centring the overview. */
  goTo(x: number, z: number): void;
  /** Flies to a comfortable view of a 3D point. */
  lookAt(x: number, y: number, z: number): void;
}

const noop: ViewerActions = { goTo: () => {}, lookAt: () => {} };

export const viewerActions: ViewerActions = { ...noop };

export function bindViewerActions(actions: ViewerActions): () => void {
  Object.assign(viewerActions, actions);
  return () => Object.assign(viewerActions, noop);
}

import { create } from 'zustand';

/**
 * What the page should say about the loaded model beyond "it loaded": a valid file with
 * nothing to draw, and how walking and collision were made (docs/ARCHITECTURE.md §2).
 */
export type CollisionSource =
  /** The model's own floor and collision nodes. */
  | 'proxies'
  /** Still being built from the model's surfaces, a slice at a time. */
  | 'building'
  /** Guessed from the model's surfaces (no floor/collision nodes). */
  | 'approximate';

export interface ModelNotesState {
  nothingToShow: boolean;
  collision: CollisionSource | null;
  /** Whole percent of a collision build under way. */
  collisionPercent: number;
  setNotes: (notes: { nothingToShow: boolean; collision: CollisionSource }) => void;
  setCollision: (collision: CollisionSource, percent?: number) => void;
  clearNotes: () => void;
}

export const useModelNotes = create<ModelNotesState>()((set, get) => ({
  nothingToShow: false,
  collision: null,
  collisionPercent: 0,
  setNotes: ({ nothingToShow, collision }) => set({ nothingToShow, collision, collisionPercent: collision === 'building' ? 0 : 100 }),
  setCollision: (collision, percent = collision === 'building' ? 0 : 100) => {
    const p = Math.max(0, Math.min(100, Math.floor(percent)));
    if (get().collision !== collision || get().collisionPercent !== p) set({ collision, collisionPercent: p });
  },
  clearNotes: () => set({ nothingToShow: false, collision: null, collisionPercent: 0 }),
}));

/**
 * The loaded set's sight lines, for judging what the camera sees of a stand-in
 * (src/lib/framing/figureVisibility.ts). The canvas binds the set's triangle world while frame mode
 * runs; the readouts, the preset suggestions and shot capture ask it. Null when no set is
 * bound: figures count as fully visible.
 */
import { create } from 'zustand';
import type { SightWorld } from '../lib/framing/figureVisibility';
import { notifyFrameLive } from './frame';

export const useSight = create<{ world: SightWorld | null }>()(() => ({ world: null }));

/** Binds a world; returns the unbinding (which leaves a newer binding alone). */
export function bindSight(world: SightWorld): () => void {
  useSight.setState({ world });
  // Readouts written before the set loaded judge again.
  notifyFrameLive();
  return () => {
    if (useSight.getState().world === world) useSight.setState({ world: null });
  };
}

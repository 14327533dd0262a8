import type { ModeArgs, ModeParts } from './types';

/** Guided tours (issue 6). Not built yet: the mode is not offered. */
export function useTourMode(_args: ModeArgs): ModeParts {
  return {};
}

export const TOUR_MODE_READY = false;

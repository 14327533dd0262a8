import type { ModeArgs, ModeParts } from './types';

/** 9:16 framing (issue 5). Not built yet: the mode is not offered. */
export function useFrameMode(_args: ModeArgs): ModeParts {
  return {};
}

export const FRAME_MODE_READY = false;

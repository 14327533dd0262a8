import { useEffect } from 'react';
import { stepFocal } from '../../lib/framing/frameLens';
import type { Optics } from '../../lib/framing/frameOptics';
import { useFrameStore } from '../../state/frame';

const isTyping = (target: EventTarget | null) => {
  const el = target as HTMLElement | null;
  return Boolean(el?.tagName) && (el!.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el!.tagName));
};

/** "[" and "]": the next shorter or longer focal length of the lens set in use. */
export function useFrameKeys(optics: Optics): void {
  const set = optics.lensSet;
  const focal = optics.focalMm;
  useEffect(() => {
    if (!set) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey || e.metaKey || e.ctrlKey) return;
      if (e.code !== 'BracketLeft' && e.code !== 'BracketRight') return;
      e.preventDefault();
      useFrameStore.getState().setFocal(stepFocal(set, focal, e.code === 'BracketRight' ? 1 : -1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [set, focal]);
}

/**
 * The presentation's logic, free of React: which slides a base's pitch has, what a key does,
 * and the /present URL (base, slide, units). Slides are numbered from 1 in the URL.
 */
export type Slide = { kind: 'title' } | { kind: 'set'; setId: string } | { kind: 'closing' };

/** The pitch: the base and its key facts, one slide per 3D set (headline sets of the base tour first), the close. */
export function buildSlides(sets: readonly { id: string; model: unknown }[], tourOrder: readonly string[]): Slide[] {
  const with3d = sets.filter((s) => s.model);
  // A base without 3D sets still pitches its sets (with plan sketches).
  const pool = with3d.length ? with3d : sets;
  const rank = (id: string) => {
    const i = tourOrder.indexOf(id);
    return i < 0 ? tourOrder.length : i;
  };
  const ordered = pool.map((s, i) => ({ id: s.id, i })).sort((a, b) => rank(a.id) - rank(b.id) || a.i - b.i);
  return [{ kind: 'title' }, ...ordered.map((s) => ({ kind: 'set' as const, setId: s.id })), { kind: 'closing' }];
}

export type DeckAction = 'next' | 'prev' | 'first' | 'last' | 'exitFullscreen' | null;

/**
 * What a key does. Presentation clickers send PageDown/PageUp (some send arrows); Space is
 * "next" except on a button, where it presses the button.
 */
export function keyAction(key: string, onButton: boolean): DeckAction {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return onButton ? null : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exitFullscreen';
    default:
      return null;
  }
}

/** The slide index after an action, within [0, count − 1]. */
export function applyAction(index: number, action: DeckAction, count: number): number {
  const last = Math.max(0, count - 1);
  const i = Math.min(last, Math.max(0, index));
  if (action === 'next') return Math.min(last, i + 1);
  if (action === 'prev') return Math.max(0, i - 1);
  if (action === 'first') return 0;
  if (action === 'last') return last;
  return i;
}

export interface PresentParams {
  base: string | null;
  /** 0-based; null when absent. */
  slide: number | null;
  imperial: boolean;
  /** Values that could not be used, for a notice. */
  bad: { param: string; value: string }[];
}

/** Reads /present's query: base=<id>, slide=<1-based>, units=imperial|metric. */
export function parsePresentParams(search: string, slideCount: number, baseIds: readonly string[]): PresentParams {
  const p = new URLSearchParams(search);
  const bad: { param: string; value: string }[] = [];
  let base = p.get('base');
  if (base !== null && !baseIds.includes(base)) {
    bad.push({ param: 'base', value: base });
    base = null;
  }
  let slide: number | null = null;
  const rawSlide = p.get('slide');
  if (rawSlide !== null) {
    const n = /^\d+$/.test(rawSlide) ? Number(rawSlide) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= slideCount) slide = n - 1;
    else bad.push({ param: 'slide', value: rawSlide });
  }
  const units = p.get('units');
  if (units !== null && units !== 'imperial' && units !== 'metric') bad.push({ param: 'units', value: units });
  return { base, slide, imperial: units === 'imperial', bad };
}

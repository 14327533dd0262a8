import { describe, expect, it } from 'vitest';
import { applyAction, buildSlides, keyAction, parsePresentParams } from './deck';

describe('buildSlides', () => {
  const sets = [
    { id: 'a', model: null },
    { id: 'palace', model: {} },
    { id: 'court', model: {} },
    { id: 'subway', model: {} },
  ];
  it('is the title, the 3D sets in base-tour order, then the close', () => {
    expect(buildSlides(sets, ['court', 'subway', 'palace'])).toEqual([
      { kind: 'title' },
      { kind: 'set', setId: 'court' },
      { kind: 'set', setId: 'subway' },
      { kind: 'set', setId: 'palace' },
      { kind: 'closing' },
    ]);
  });
  it('keeps catalog order for sets outside the tour, and pitches every set of a base without 3D', () => {
    expect(buildSlides(sets, ['subway']).map((s) => (s.kind === 'set' ? s.setId : s.kind))).toEqual(['title', 'subway', 'palace', 'court', 'closing']);
    expect(buildSlides([{ id: 'x', model: null }], []).map((s) => s.kind)).toEqual(['title', 'set', 'closing']);
  });
});

describe('keys', () => {
  it('maps clicker and keyboard keys', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((k) => keyAction(k, false))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((k) => keyAction(k, false))).toEqual(['prev', 'prev']);
    expect([keyAction('Home', false), keyAction('End', false), keyAction('Escape', false)]).toEqual(['first', 'last', 'exitFullscreen']);
    expect(keyAction(' ', true)).toBeNull();
    expect(keyAction('a', false)).toBeNull();
  });
  it('moves within the deck', () => {
    expect(applyAction(0, 'prev', 5)).toBe(0);
    expect(applyAction(4, 'next', 5)).toBe(4);
    expect(applyAction(2, 'next', 5)).toBe(3);
    expect(applyAction(2, 'first', 5)).toBe(0);
    expect(applyAction(2, 'last', 5)).toBe(4);
    expect(applyAction(9, null, 5)).toBe(4);
  });
});

describe('parsePresentParams', () => {
  it('reads base, a 1-based slide and imperial units', () => {
    expect(parsePresentParams('?base=quzhou&slide=3&units=imperial', 5, ['quzhou'])).toEqual({ base: 'quzhou', slide: 2, imperial: true, bad: [] });
    expect(parsePresentParams('', 5, ['quzhou'])).toEqual({ base: null, slide: null, imperial: false, bad: [] });
  });
  it('drops what it cannot use, and says so', () => {
    const p = parsePresentParams('?base=nowhere&slide=9&units=furlongs', 5, ['quzhou']);
    expect(p).toEqual({
      base: null,
      slide: null,
      imperial: false,
      bad: [
        { param: 'base', value: 'nowhere' },
        { param: 'slide', value: '9' },
        { param: 'units', value: 'furlongs' },
      ],
    });
    expect(parsePresentParams('?slide=0', 5, []).slide).toBeNull();
    expect(parsePresentParams('?slide=2.5', 5, []).slide).toBeNull();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { useModelNotes } from './modelNotes';

describe('model notes', () => {
  beforeEach(() => useModelNotes.getState().clearNotes());

  it('records a build in progress, then approximate collision', () => {
    const s = useModelNotes.getState();
    s.setNotes({ nothingToShow: false, collision: 'building' });
    expect(useModelNotes.getState().collisionPercent).toBe(0);
    s.setCollision('building', 42.7);
    expect(useModelNotes.getState()).toMatchObject({ collision: 'building', collisionPercent: 42 });
    s.setCollision('approximate');
    expect(useModelNotes.getState()).toMatchObject({ collision: 'approximate', collisionPercent: 100 });
  });

  it('does not notify when nothing changed', () => {
    useModelNotes.getState().setCollision('building', 10);
    let calls = 0;
    const off = useModelNotes.subscribe(() => calls++);
    useModelNotes.getState().setCollision('building', 10.4);
    off();
    expect(calls).toBe(0);
  });

  it('clears when a set closes', () => {
    useModelNotes.getState().setNotes({ nothingToShow: true, collision: 'approximate' });
    useModelNotes.getState().clearNotes();
    expect(useModelNotes.getState()).toMatchObject({ nothingToShow: false, collision: null });
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { onTourTick, tourClock, useTour } from './tour';

describe('tour state', () => {
  beforeEach(() => useTour.setState({ setId: null, step: 0, playing: false, lookAround: false, flyToken: 0, carry: null }));

  it('begins at a step, restarting the clock and asking for a flight', () => {
    tourClock.elapsed = 5;
    let ticks = 0;
    const off = onTourTick(() => ticks++);
    useTour.getState().carryTo('courtroom', true);
    useTour.getState().begin('courtroom', 2, true);
    off();
    expect(useTour.getState()).toMatchObject({ setId: 'courtroom', step: 2, playing: true, flyToken: 1, carry: null });
    expect(tourClock.elapsed).toBe(0);
    expect(ticks).toBe(1);
  });

  it('pauses, plays and toggles', () => {
    const s = useTour.getState();
    s.play();
    expect(useTour.getState().playing).toBe(true);
    s.toggle();
    expect(useTour.getState().playing).toBe(false);
    s.toggle();
    expect(useTour.getState().playing).toBe(true);
  });

  it('looking around pauses; playing again flies back to the stop', () => {
    const s = useTour.getState();
    s.begin('courtroom', 1, true);
    s.setLookAround(true);
    expect(useTour.getState()).toMatchObject({ lookAround: true, playing: false });
    const token = useTour.getState().flyToken;
    s.play();
    expect(useTour.getState()).toMatchObject({ lookAround: false, playing: true, flyToken: token + 1 });
  });

  it('goTo keeps autoplay as it was and leaves look-around', () => {
    const s = useTour.getState();
    s.begin('courtroom', 0, false);
    s.setLookAround(true);
    s.goTo(3);
    expect(useTour.getState()).toMatchObject({ step: 3, playing: false, lookAround: false });
  });
});

import { describe, expect, it } from 'vitest';
import { bootCandidate } from './bootCandidate';
import { bootView } from './bootView';

describe('bootView', () => {
  it('draws the overview for a plain link, with or without lang and mode=orbit', () => {
    expect(bootView('')).toEqual({ cam: null });
    expect(bootView('?lang=en')).toEqual({ cam: null });
    expect(bootView('?lang=zh&mode=orbit')).toEqual({ cam: null });
  });
  it('draws a shared cam= pose', () => {
    expect(bootView('?cam=1,1.6,-2,90,-5')).toEqual({ cam: { position: [1, 1.6, -2], yawDeg: 90, pitchDeg: -5 } });
    expect(bootView('?mode=orbit&cam=0,2,3,0,0,4')?.cam?.rollDeg).toBe(4);
  });
  it('leaves every other view to the app', () => {
    for (const q of ['?mode=walk', '?mode=frame', '?mode=tour', '?shot=verdict', '?lens=35', '?body=alexa-35', '?fig=1,0,2,0', '?move=x', '?basetour=1', '?utm_source=mail']) {
      expect(bootView(q), q).toBeNull();
    }
  });
  it('leaves bad values to the app, which shows the notice', () => {
    for (const q of ['?cam=1,2', '?cam=a,b,c,d,e', '?lang=fr', '?mode=fly', '?lang=en&lang=zh']) expect(bootView(q), q).toBeNull();
  });
});

describe('bootCandidate', () => {
  it('agrees with bootView on which keys may come', () => {
    for (const q of ['', '?lang=en', '?mode=orbit&cam=1,2,3,0,0', '?cam=x']) expect(bootCandidate(q), q).toBe(true);
    for (const q of ['?mode=walk', '?shot=a', '?lens=35', '?utm_source=x', '?mode=orbit&fig=1']) {
      expect(bootCandidate(q), q).toBe(false);
      expect(bootView(q), q).toBeNull();
    }
  });
});

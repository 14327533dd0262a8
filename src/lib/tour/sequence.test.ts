import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FINALE_SEC,
  READ_MAX_SEC,
  READ_MIN_SEC,
  isLastStop,
  nextMove,
  paragraphs,
  planTour,
  prevMove,
  readingSeconds,
  resolveLeg,
  startIndex,
  stepSeconds,
  stopNumber,
  storyForLeg,
} from './sequence';
import { readTourParams, tourHref } from './links';

const LEGS = [{ set: 'courtroom' }, { set: 'subway-platform' }, { set: 'palace-throne-hall' }];
const all = () => true;

describe('planTour', () => {
  it('is the stops then a finale for a set toured alone', () => {
    const plan = planTour('courtroom', 3, null);
    expect(plan.steps).toEqual([{ kind: 'stop', stop: 0 }, { kind: 'stop', stop: 1 }, { kind: 'stop', stop: 2 }, { kind: 'finale' }]);
  });
  it('opens with the chapter card inside a base tour', () => {
    const leg = resolveLeg('quzhou', LEGS, 'subway-platform', all);
    const plan = planTour('subway-platform', 2, leg);
    expect(plan.steps.map((s) => s.kind)).toEqual(['chapter', 'stop', 'stop', 'finale']);
  });
});

describe('resolveLeg', () => {
  it('keeps the base order and finds the set', () => {
    expect(resolveLeg('quzhou', LEGS, 'palace-throne-hall', all)).toEqual({ baseId: 'quzhou', sets: ['courtroom', 'subway-platform', 'palace-throne-hall'], index: 2 });
  });
  it('skips sets that cannot be toured and repeats', () => {
    const leg = resolveLeg('quzhou', [...LEGS, { set: 'courtroom' }], 'palace-throne-hall', (id) => id !== 'subway-platform');
    expect(leg).toEqual({ baseId: 'quzhou', sets: ['courtroom', 'palace-throne-hall'], index: 1 });
  });
  it('is null for a set outside the base tour', () => {
    expect(resolveLeg('quzhou', LEGS, 'mansion', all)).toBeNull();
    expect(resolveLeg('quzhou', LEGS, 'subway-platform', (id) => id !== 'subway-platform')).toBeNull();
  });
});

describe('next / previous', () => {
  const alone = planTour('courtroom', 2, null);
  it('walks the steps of a set toured alone and stops at its end', () => {
    expect(nextMove(alone, 0)).toEqual({ kind: 'step', index: 1 });
    expect(nextMove(alone, 1)).toEqual({ kind: 'step', index: 2 });
    expect(nextMove(alone, 2)).toEqual({ kind: 'none' });
    expect(isLastStop(alone, 2)).toBe(true);
    expect(isLastStop(alone, 1)).toBe(false);
    expect(prevMove(alone, 2)).toEqual({ kind: 'step', index: 1 });
    expect(prevMove(alone, 0)).toEqual({ kind: 'none' });
  });

  it('hands over to the next set of the base tour in order, and ends after the last', () => {
    const order: string[] = [];
    let setId = 'courtroom';
    for (let guard = 0; guard < 10; guard++) {
      order.push(setId);
      const plan = planTour(setId, 2, resolveLeg('quzhou', LEGS, setId, all));
      const last = plan.steps.length - 1;
      const move = nextMove(plan, last);
      if (move.kind !== 'set') {
        expect(move.kind).toBe('none');
        expect(isLastStop(plan, last)).toBe(true);
        break;
      }
      expect(move.at).toBe('start');
      setId = move.setId;
    }
    expect(order).toEqual(['courtroom', 'subway-platform', 'palace-throne-hall']);
  });

  it('goes back from a chapter to the last stop of the previous set', () => {
    const plan = planTour('subway-platform', 5, resolveLeg('quzhou', LEGS, 'subway-platform', all));
    expect(prevMove(plan, 0)).toEqual({ kind: 'set', setId: 'courtroom', at: 'end' });
    const back = planTour('courtroom', 5, resolveLeg('quzhou', LEGS, 'courtroom', all));
    expect(back.steps[startIndex(back, 'end')]).toEqual({ kind: 'stop', stop: 4 });
    expect(prevMove(back, 0)).toEqual({ kind: 'none' });
  });

  it('clamps out-of-range indexes instead of failing', () => {
    expect(nextMove(alone, -5)).toEqual({ kind: 'step', index: 1 });
    expect(prevMove(alone, 99)).toEqual({ kind: 'step', index: 1 });
  });

  it('autoplay (next repeatedly) visits every step once and ends (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.boolean(), (stops, inBase) => {
        const plan = planTour('courtroom', stops, inBase ? resolveLeg('quzhou', [{ set: 'courtroom' }], 'courtroom', all) : null);
        const seen: number[] = [0];
        let i = 0;
        for (;;) {
          const m = nextMove(plan, i);
          if (m.kind !== 'step') break;
          i = m.index;
          seen.push(i);
        }
        expect(seen).toEqual(plan.steps.map((_, k) => k));
      }),
    );
  });
});

describe('startIndex', () => {
  const plan = planTour('courtroom', 3, resolveLeg('quzhou', LEGS, 'courtroom', all));
  it('opens at the chapter, the last stop, or a given stop', () => {
    expect(startIndex(plan, 'start')).toBe(0);
    expect(startIndex(plan, 'end')).toBe(3);
    expect(startIndex(plan, { stop: 1 })).toBe(2);
    expect(startIndex(plan, { stop: 9 })).toBe(0);
    expect(startIndex(planTour('x', 0, null), 'end')).toBe(0);
  });
  it('numbers stops, not cards', () => {
    expect(stopNumber(plan, 0)).toBeNull();
    expect(stopNumber(plan, 2)).toEqual({ n: 2, of: 3 });
    expect(stopNumber(plan, 4)).toBeNull();
  });
});

describe('durations', () => {
  it('uses the stop durations, reading time for chapters, a fixed finale', () => {
    const plan = planTour('courtroom', 2, resolveLeg('quzhou', LEGS, 'courtroom', all));
    const inputs = { stopSeconds: [10, 12], chapterTexts: ['短'.repeat(100), 'word '.repeat(30)] };
    expect(stepSeconds(plan, 1, inputs)).toBe(10);
    expect(stepSeconds(plan, 2, inputs)).toBe(12);
    expect(stepSeconds(plan, 0, inputs)).toBe(20);
    expect(stepSeconds(plan, 3, inputs)).toBe(FINALE_SEC);
  });
  it('reads Chinese by characters and English by words, within bounds', () => {
    expect(readingSeconds('')).toBe(READ_MIN_SEC);
    expect(readingSeconds('字'.repeat(75))).toBe(15);
    expect(readingSeconds('one two three '.repeat(10))).toBe(12);
    expect(readingSeconds('字'.repeat(10_000))).toBe(READ_MAX_SEC);
  });
});

describe('story', () => {
  const story = 'A\n\nB\n\nC\nD\n\nE';
  it('splits paragraphs', () => expect(paragraphs(story)).toEqual(['A', 'B', 'C', 'D', 'E']));
  it('tells paragraph i at leg i and the rest at the close', () => {
    expect(storyForLeg(story, 0, 3)).toEqual({ chapter: 'A', closing: [] });
    expect(storyForLeg(story, 2, 3)).toEqual({ chapter: 'C', closing: ['D', 'E'] });
    expect(storyForLeg('Only', 1, 2)).toEqual({ chapter: null, closing: [] });
  });
});

describe('tour links', () => {
  it('writes mode=tour with the base tour and stop, and reads them back', () => {
    const href = tourHref('subway-platform', { lang: 'en', baseId: 'quzhou', stopId: 'doors' });
    expect(href).toBe('/sets/subway-platform?lang=en&mode=tour&basetour=quzhou&stop=doors');
    expect(readTourParams(href.slice(href.indexOf('?')))).toEqual({ baseTour: 'quzhou', stop: 'doors' });
    expect(tourHref('courtroom', { lang: 'zh', baseId: 'Bad Id!' })).toBe('/sets/courtroom?lang=zh&mode=tour');
  });
});

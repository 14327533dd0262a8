import { describe, expect, it } from 'vitest';
import type { Body } from '../../lib/camera/types';
import { RIG_CLEARANCE_M, adviseShot } from '../../lib/camera/advice';
import type { Lang, MessageKey, Vars } from '../../lib/i18n';
import { registerStrings, translate } from '../../lib/i18n';
import frameStrings from '../../lib/i18n/strings/frame';
import { adviceText, optionText } from './FeasibilityPanel';

registerStrings(frameStrings);
const tr = (lang: Lang) => (key: MessageKey, vars?: Vars) => translate(lang, key, vars);

const ff = { id: 'ff', kind: 'cinema', sensor: { width: 36, height: 24, mode: 'ff' } } as Pick<Body, 'id' | 'kind' | 'sensor'>;
const primes = [{ id: 'p', name: 'Primes', maker: 'X', kind: 'prime' as const, focalLengths: [18, 21, 25, 28, 35, 50], source: 's' }];
const figure = { kind: 'adult-175' as const, pose: 'standing' as const };

describe('feasibility messages', () => {
  it('a shot that fits says so, with the distance it needs and the free distance', () => {
    const a = adviseShot({ shot: 'medium', figure, body: ff, focalMm: 35, orient: 'portrait', obstacleM: 6, lenses: primes });
    const en = adviceText(tr('en'), 'en', a);
    expect(en).toMatch(/^A medium shot on 35 mm needs \d\.\d\d m from the figure; the wall behind, along the camera’s direction, is at 6\.00 m: it fits\.$/);
    expect(adviceText(tr('zh'), 'zh', a)).toMatch(/^中近景用 35 毫米需要离人物 \d\.\d\d m；.*6\.00 m 处有墙或障碍，放得下。$/);
  });

  it('a wall too close: names the shorter lens and turning the camera', () => {
    const crop = adviseShot({ shot: 'medium', figure, body: ff, focalMm: 35, orient: 'crop', obstacleM: null, lenses: primes });
    const a = adviseShot({ shot: 'medium', figure, body: ff, focalMm: 35, orient: 'crop', obstacleM: crop.requiredM + RIG_CLEARANCE_M - 0.05, lenses: primes });
    const en = adviceText(tr('en'), 'en', a);
    expect(en).toContain('use 28 mm, or turn the camera on its side, or use 50 mm with the camera on its side.');
    expect(en).toContain('leaving');
    expect(adviceText(tr('zh'), 'zh', a)).toContain('换 28 毫米，或把相机侧放（竖拍），或相机侧放并换 50 毫米');
  });

  it('nothing fits: says to move the figure or choose a tighter shot', () => {
    const a = adviseShot({ shot: 'full', figure, body: ff, focalMm: 35, orient: 'portrait', obstacleM: 0.9, lenses: primes });
    expect(adviceText(tr('en'), 'en', a)).toContain('no lens in the kit fits');
  });

  it('a suggestion from another lens set names the set', () => {
    const names = new Map([['zoom', 'Optimo 24-290']]);
    expect(optionText(tr('en'), { kind: 'lens', focalMm: 117.8, orient: 'portrait', requiredM: 9, lensId: 'zoom' }, { currentSetId: 'p', names })).toBe('use 117.8 mm (Optimo 24-290)');
    expect(optionText(tr('en'), { kind: 'lens', focalMm: 28, orient: 'portrait', requiredM: 2, lensId: 'p' }, { currentSetId: 'p', names })).toBe('use 28 mm');
  });
});

import { describe, expect, it } from 'vitest';
import { parseViewParams } from '../url/viewUrl';
import { makeShot } from '../../../tests/fixtures/shots';
import { presetLink, shotLink } from './links';

describe('shot links', () => {
  it('writes a captured shot in full, in frame mode, under sets/<id>', () => {
    const url = shotLink('https://host.test/app/', makeShot({ camera: { position: [0.35, 1.25, -3.3], yawDeg: 5.5, pitchDeg: 17.4, rollDeg: -2 } }), 'en');
    expect(url).toBe(
      'https://host.test/app/sets/courtroom?lang=en&mode=frame&cam=0.35,1.25,-3.3,5.5,17.4,-2&body=arri-alexa-35&lens=32&orient=portrait&fig=adult-175,seated,0,0.45,-6.95,180',
    );
  });

  it('reads back to the same camera, body, lens, orientation and stand-ins', () => {
    const shot = makeShot({
      camera: { position: [-1.8234, 1.5, -1.4], yawDeg: -143.71, pitchDeg: -0.9, rollDeg: 0 },
      lens: 6.9,
      body: 'phone-main',
      orient: 'crop',
      figures: [
        { kind: 'adult-162', pose: 'standing', position: [0, 0, 1.05], yawDeg: 0 },
        { kind: 'child-120', pose: 'seated', position: [2.5, 0.16, -3.0004], yawDeg: -270 },
      ],
    });
    const url = new URL(shotLink('http://127.0.0.1:4420/', shot));
    expect(url.pathname).toBe('/sets/courtroom');
    const { params, notices } = parseViewParams(url.search);
    expect(notices).toEqual([]);
    expect(params).toEqual({
      mode: 'frame',
      cam: { position: [-1.823, 1.5, -1.4], yawDeg: -143.71, pitchDeg: -0.9 },
      body: 'phone-main',
      lens: 6.9,
      orient: 'crop',
      fig: [
        { kind: 'adult-162', pose: 'standing', position: [0, 0, 1.05], yawDeg: 0 },
        { kind: 'child-120', pose: 'seated', position: [2.5, 0.16, -3], yawDeg: 90 },
      ],
    });
  });

  it('names a preset by its id', () => {
    expect(presetLink('https://host.test/', 'courtroom', 'verdict-low-angle', 'zh')).toBe('https://host.test/sets/courtroom?lang=zh&mode=frame&shot=verdict-low-angle');
  });

  it('resolves against a sub-path base and escapes the set id', () => {
    expect(presetLink('https://host.test/a/b/index.html', 'x-1', 'p')).toBe('https://host.test/a/b/sets/x-1?mode=frame&shot=p');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildShotFile, bytesToDataUrl, dataUrlToBytes } from '../lib/shots/exportJson';
import { parseShotFile } from './shotFile';
import { makeShot } from '../../tests/fixtures/shots';
import type { Shot } from '../lib/shots/shot';

const PNG_1x1 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('JSON export and import', () => {
  it('round-trips a list: export then import gives the same shots', () => {
    const shots = [
      makeShot(),
      makeShot({ id: 's-2', setId: 'subway-platform', name: 'Shot 2', note: 'Rim light, "hard"\n二行', shotSize: null, figures: [], presetId: 'aisle-wide', still: null }),
    ];
    const text = buildShotFile(shots, new Date('2025-06-01T10:00:00Z'));
    const back = parseShotFile(text, 'shots.json');
    expect(back).toEqual({ ok: true, shots, images: new Map() });
  });

  it('carries stills as data URLs when asked', () => {
    const shots = [makeShot()];
    const text = buildShotFile(shots, new Date(), new Map([['s-1', PNG_1x1]]));
    expect(JSON.parse(text).shots[0].image).toBe(PNG_1x1);
    const back = parseShotFile(text, 'shots.json');
    expect(back.ok && back.images.get('s-1')).toBe(PNG_1x1);
    expect(back.ok && back.shots[0]).toEqual(shots[0]);
  });

  it('round-trips any valid shot (property)', () => {
    // JSON has no −0: the file writes 0, which is the same position.
    const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0);
    const arbShot = fc.record({
      name: fc.string({ minLength: 1, maxLength: 40 }),
      note: fc.string({ maxLength: 80 }),
      x: finite(-100, 100),
      yaw: finite(-180, 180),
      pitch: finite(-90, 90),
      lens: finite(1, 1200),
      orient: fc.constantFrom('portrait', 'crop') as fc.Arbitrary<'portrait' | 'crop'>,
    });
    fc.assert(
      fc.property(fc.array(arbShot, { maxLength: 5 }), (list) => {
        const shots: Shot[] = list.map((a, i) =>
          makeShot({ id: `s-${i}`, name: a.name, note: a.note, lens: a.lens, orient: a.orient, camera: { position: [a.x, 1.5, -a.x + 0], yawDeg: a.yaw, pitchDeg: a.pitch, rollDeg: 0 } }),
        );
        const back = parseShotFile(buildShotFile(shots, new Date(0)), 'f.json');
        expect(back.ok && back.shots).toEqual(shots);
      }),
      { numRuns: 50 },
    );
  });

  it('accepts a file with a byte order mark', () => {
    const text = `\uFEFF${buildShotFile([makeShot()], new Date())}`;
    expect(parseShotFile(text, 'f.json').ok).toBe(true);
  });
});

describe('import validation: precise messages', () => {
  const file = (shots: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'setscout-shots', version: 1, shots, ...extra });
  const problems = (text: string) => {
    const r = parseShotFile(text, 'my-shots.json');
    if (r.ok) throw new Error('expected problems');
    return r.problems;
  };

  it('reports a JSON syntax error with its line and column', () => {
    const [p] = problems('{\n  "format": "setscout-shots",\n  "version": 1,\n  shots: []\n}');
    expect(p).toMatchObject({ file: 'my-shots.json', path: '$', expected: 'well-formed JSON' });
    expect(p!.found).toMatch(/line 4, column 3/);
  });

  it('says when the file is not a shot list at all', () => {
    expect(problems('[1,2]')[0]).toMatchObject({ path: '$', found: 'an array of 2' });
    expect(problems(JSON.stringify({ id: 'courtroom', name: {} }))[0]).toMatchObject({ path: '$.format', expected: expect.stringContaining('setscout-shots'), found: 'nothing (the field is missing)' });
  });

  it('says when the file comes from a newer version', () => {
    expect(problems(JSON.stringify({ format: 'setscout-shots', version: 3, shots: [] }))[0]).toMatchObject({ path: '$.version', found: '3 (number)' });
  });

  it('names the shot, the field, what was expected and what was found', () => {
    const bad = { ...makeShot(), lens: 0.2 };
    const ps = problems(file([makeShot({ id: 'ok' }), bad]));
    expect(ps).toContainEqual({ file: 'my-shots.json', path: '$.shots[1].lens', expected: 'a number ≥ 1', found: '0.2 (number)' });
  });

  it('reports every problem, not just the first', () => {
    const bad = { ...makeShot(), orient: 'landscape', camera: { ...makeShot().camera, pitchDeg: 120 }, setId: 'Court Room' };
    const ps = problems(file([bad]));
    const paths = ps.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['$.shots[0].orient', '$.shots[0].camera.pitchDeg', '$.shots[0].setId']));
    expect(ps.find((p) => p.path === '$.shots[0].orient')).toMatchObject({ expected: 'one of "portrait", "crop"', found: '"landscape" (text)' });
  });

  it('rejects a missing field, a bad data URL and a duplicate id', () => {
    const { name: _name, ...noName } = makeShot();
    expect(problems(file([noName]))[0]).toMatchObject({ path: '$.shots[0].name', found: 'nothing (the field is missing)' });
    expect(problems(file([{ ...makeShot(), image: 'http://evil.test/x.png' }]))[0]).toMatchObject({ path: '$.shots[0].image', expected: expect.stringContaining('data URL') });
    expect(problems(file([makeShot(), makeShot()]))[0]).toMatchObject({ path: '$.shots[1].id', expected: 'an id not already used (by $.shots[0])' });
  });

  it('rejects a malformed capture time', () => {
    expect(problems(file([{ ...makeShot(), createdAt: 'yesterday' }]))[0]).toMatchObject({ path: '$.shots[0].createdAt', found: '"yesterday" (text)' });
  });
});

describe('data URLs', () => {
  it('converts bytes to a data URL and back', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const url = bytesToDataUrl(bytes, 'image/png');
    const back = dataUrlToBytes(url);
    expect(back?.type).toBe('image/png');
    expect(back?.bytes).toEqual(bytes);
    expect(dataUrlToBytes('data:image/png;base64,@@@')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { canMove, groupBySet, groupedOrder, insertShot, mergeShots, moveShot, nextShotName, restoreShot } from './list';

const s = (id: string, setId: string, name = id) => ({ id, setId, name });

describe('shot list order', () => {
  const list = [s('a', 'court'), s('b', 'court'), s('c', 'subway')];

  it('inserts after the last shot of the same set, or at the end', () => {
    expect(insertShot(list, s('d', 'court')).map((x) => x.id)).toEqual(['a', 'b', 'd', 'c']);
    expect(insertShot(list, s('e', 'palace')).map((x) => x.id)).toEqual(['a', 'b', 'c', 'e']);
  });

  it('moves within a set only', () => {
    expect(moveShot(list, 'b', -1).map((x) => x.id)).toEqual(['b', 'a', 'c']);
    expect(moveShot(list, 'b', 1)).toBe(list);
    expect(moveShot(list, 'a', -1)).toBe(list);
    expect(moveShot(list, 'zz', 1)).toBe(list);
    expect(canMove(list, 'a', 1)).toBe(true);
    expect(canMove(list, 'b', 1)).toBe(false);
    expect(canMove(list, 'c', -1)).toBe(false);
  });

  it('groups by set in first-appearance order', () => {
    const mixed = [s('a', 'x'), s('b', 'y'), s('c', 'x')];
    expect(groupedOrder(mixed).map((x) => x.id)).toEqual(['a', 'c', 'b']);
    expect(groupBySet(groupedOrder(mixed)).map((g) => [g.setId, g.shots.length])).toEqual([
      ['x', 2],
      ['y', 1],
    ]);
  });

  it('restores a removed shot to its place', () => {
    const without = list.filter((x) => x.id !== 'b');
    expect(restoreShot(without, list[1]!, 1).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(restoreShot(list, list[1]!, 1)).toBe(list);
  });

  it('merges: same id replaces in place, new ones join their set', () => {
    const r = mergeShots(list, [s('b', 'court', 'B2'), s('f', 'subway'), s('g', 'court')]);
    expect(r.list.map((x) => `${x.id}:${x.name}`)).toEqual(['a:a', 'b:B2', 'g:g', 'c:c', 'f:f']);
    expect(r).toMatchObject({ added: 2, replaced: 1 });
  });
});

describe('nextShotName', () => {
  it('numbers one past the highest default name, in the language', () => {
    expect(nextShotName([], 'zh')).toBe('镜头 1');
    expect(nextShotName([], 'en')).toBe('Shot 1');
    expect(nextShotName([{ name: '镜头 4' }, { name: 'Shot 2' }], 'en')).toBe('Shot 5');
    expect(nextShotName([{ name: 'Verdict' }, { name: 'Dock' }], 'zh')).toBe('镜头 3');
  });
});

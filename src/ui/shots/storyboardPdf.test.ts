import { describe, expect, it } from 'vitest';
import { wrapText } from './storyboardPdf';

/** Every character 1 unit wide. */
const mono = { measureText: (s: string) => ({ width: [...s].length }) as TextMetrics };

describe('wrapText (storyboard text on canvas)', () => {
  it('breaks Chinese between any two characters', () => {
    expect(wrapText(mono, '从公诉席一侧斜拍被告人', 4, 10)).toEqual(['从公诉席', '一侧斜拍', '被告人']);
  });
  it('breaks Latin at spaces and keeps signed numbers whole', () => {
    expect(wrapText(mono, 'at (−3.70, 0.00, −1.80)', 11, 10)).toEqual(['at (−3.70,', '0.00,', '−1.80)']);
  });
  it('cuts a word longer than the line', () => {
    expect(wrapText(mono, 'abcdefghij', 4, 10)).toEqual(['abcd', 'efgh', 'ij']);
  });
  it('keeps line breaks and ends a cut text with an ellipsis', () => {
    expect(wrapText(mono, 'one\ntwo\nthree', 10, 2)).toEqual(['one', 'tw…']);
  });
});

import { describe, expect, it } from 'vitest';
import { exportFileName, orderNumber, safeFileName, stillFileName, uniqueNames } from './fileNames';

describe('file names', () => {
  it('removes reserved and control characters, keeps Chinese', () => {
    expect(safeFileName('宣判: 仰拍/特写?')).toBe('宣判 仰拍 特写');
    expect(safeFileName('a\u0000b\tc')).toBe('a b c');
    expect(safeFileName('  ..hidden.. ')).toBe('hidden');
    expect(safeFileName('???')).toBe('shot');
    expect(safeFileName('CON')).toBe('_CON');
    expect([...safeFileName('长'.repeat(200))]).toHaveLength(80);
  });

  it('numbers by order with enough digits', () => {
    expect(orderNumber(0, 5)).toBe('01');
    expect(orderNumber(9, 120)).toBe('010');
    expect(stillFileName(2, 12, 'courtroom', '镜头 3')).toBe('03-courtroom-镜头 3.png');
  });

  it('makes names unique', () => {
    expect(uniqueNames(['a.png', 'A.png', 'a.png', 'b'])).toEqual(['a.png', 'A (2).png', 'a (3).png', 'b']);
  });

  it('names an export by its local time', () => {
    expect(exportFileName('pdf', new Date(2025, 5, 1, 9, 5))).toBe('setscout-shots-20250601-0905.pdf');
  });
});

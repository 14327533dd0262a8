import { describe, expect, it } from 'vitest';
import { BOM, csvField, safeText, shotsCsv, shotsTable, toCsv } from './csv';
import { makeShot } from '../../../tests/fixtures/shots';
import type { CsvContext } from './csv';

const ctx = (lang: 'zh' | 'en'): CsvContext => ({
  lang,
  setName: (id) => (id === 'courtroom' ? (lang === 'zh' ? '法庭' : 'Courtroom') : id),
  bodyName: (id) => (id === 'arri-alexa-35' ? 'ALEXA 35' : id),
  link: (s) => `https://example.test/sets/${s.setId}?mode=frame&lens=${s.lens}`,
  stillFile: (s, i) => (s.still ? `0${i + 1}-${s.setId}-${s.name}.png` : ''),
});

/** A small RFC 4180 reader, to check that what we write parses back to the same fields. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('csvField', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('abc')).toBe('abc');
    expect(csvField('镜头 1')).toBe('镜头 1');
    expect(csvField('')).toBe('');
  });
  it('quotes commas, quotes, line breaks and edge blanks, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "cut"')).toBe('"say ""cut"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(' lead')).toBe('" lead"');
    expect(csvField('全角，逗号')).toBe('全角，逗号');
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends rows with CRLF', () => {
    const text = toCsv([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(text).toBe(`${BOM}a,b\r\n1,2\r\n`);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

describe('safeText', () => {
  it('defuses formula-like text only', () => {
    expect(safeText('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(safeText('+1')).toBe(`'+1`);
    expect(safeText('@a')).toBe(`'@a`);
    expect(safeText('逆光')).toBe('逆光');
  });
});

describe('shotsCsv', () => {
  const shots = [
    makeShot({ note: '逆光，注意 "国徽" 反光\n第二行', name: '宣判, 仰拍' }),
    makeShot({ id: 's-2', name: '=cmd', note: '', figures: [], shotSize: null, still: null, camera: { position: [-1.8, 1.5, -1.4], yawDeg: -143.7, pitchDeg: -0.9, rollDeg: 2.5 } }),
  ];

  it('has one header row and one row per shot, the same width', () => {
    const rows = shotsTable(shots, ctx('en'));
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it('parses back to the same fields (zh text, quotes, commas and line breaks)', () => {
    const text = shotsCsv(shots, ctx('zh'));
    expect(text.startsWith(BOM)).toBe(true);
    const rows = readCsv(text.slice(1));
    expect(rows).toEqual(shotsTable(shots, ctx('zh')));
    const [header, first, second] = rows as [string[], string[], string[]];
    const col = (name: string) => header.indexOf(name);
    expect(first[col('镜头名')]).toBe('宣判, 仰拍');
    expect(first[col('备注')]).toBe('逆光，注意 "国徽" 反光\n第二行');
    expect(first[col('场景')]).toBe('法庭');
    expect(first[col('景别')]).toBe('中近景');
    expect(first[col('机位高度 Y (m)')]).toBe('1.25');
    expect(first[col('替身')]).toContain('成人 1.75 m，坐');
    expect(first[col('静帧文件')]).toBe('01-courtroom-宣判, 仰拍.png');
    expect(second[col('镜头名')]).toBe(`'=cmd`);
    expect(second[col('摇 (°)')]).toBe('-143.7');
    expect(second[col('横滚 (°)')]).toBe('2.5');
    expect(second[col('景别')]).toBe('—');
    expect(second[col('替身')]).toBe('无替身');
    expect(second[col('静帧文件')]).toBe('');
  });

  it('writes English headers and words for en', () => {
    const rows = shotsTable(shots, ctx('en'));
    expect(rows[0]!.slice(0, 5)).toEqual(['No.', 'Set', 'Set id', 'Shot', 'Shot size']);
    expect(rows[1]![4]).toBe('Medium shot');
    expect(rows[1]![14]).toBe('Camera on its side');
    expect(rows[1]![20]).toBe('https://example.test/sets/courtroom?mode=frame&lens=32');
  });
});

import { describe, expect, it } from 'vitest';
import { TextLayer, parseCanvasFont, pdfColor, textOnCanvas } from './textLayer';

/** A 2D context stand-in: 1 px per character at 10 px, a top baseline 8 px above the alphabetic one, a 2× transform. */
function fakeContext() {
  const painted: string[] = [];
  const ctx = {
    font: '400 10px Sans',
    fillStyle: '#123456' as string,
    textAlign: 'left' as CanvasTextAlign,
    textBaseline: 'top' as CanvasTextBaseline,
    measureText(text: string) {
      const size = parseCanvasFont(this.font).sizePx;
      return { width: [...text].length * size, fontBoundingBoxAscent: this.textBaseline === 'top' ? 0 : 0.8 * size } as TextMetrics;
    },
    getTransform: () => ({ a: 2, b: 0, c: 0, d: 2, e: 10, f: 0 }) as DOMMatrix,
    fillText: (text: string) => painted.push(text),
    fillRect: (..._a: number[]) => painted.push('rect'),
  };
  return { ctx, painted };
}

describe('parseCanvasFont', () => {
  it('reads size and weight', () => {
    expect(parseCanvasFont('700 12.5px "SetScout PDF Sans", sans-serif')).toEqual({ sizePx: 12.5, bold: true });
    expect(parseCanvasFont('400 8px system-ui')).toEqual({ sizePx: 8, bold: false });
    expect(parseCanvasFont('bold 9px a')).toEqual({ sizePx: 9, bold: true });
  });
});

describe('pdfColor', () => {
  it('normalises CSS colours for jsPDF', () => {
    expect(pdfColor('#1b1b1b')).toBe('#1b1b1b');
    expect(pdfColor('#abc')).toBe('#aabbcc');
    expect(pdfColor('rgb(255, 0, 16)')).toBe('#ff0010');
    expect(pdfColor({})).toBe('#000000');
  });
});

describe('textOnCanvas', () => {
  it('sends text to the layer at the canvas position, in PDF units, and paints the rest', () => {
    const { ctx, painted } = fakeContext();
    const layer = new TextLayer();
    const c = textOnCanvas(ctx as unknown as CanvasRenderingContext2D, layer, 0.5);
    c.fillRect(0, 0, 1, 1);
    c.fillText('民国街', 5, 20);
    c.font = '700 10px Sans';
    c.textAlign = 'right';
    layer.page = 2;
    c.fillText('ab', 100, 0);
    c.fillText('   ', 0, 0);
    expect(painted).toEqual(['rect']);
    expect(ctx.font).toBe('700 10px Sans');
    // Baseline: top + 8 px; transform ×2 + 10; then × 0.5 to PDF units; size 10 px × 2 × 0.5.
    expect(layer.runs).toEqual([
      { page: 1, text: '民国街', x: (5 * 2 + 10) * 0.5, y: 28 * 2 * 0.5, sizePt: 10, bold: false, color: '#123456' },
      { page: 2, text: 'ab', x: ((100 - 20) * 2 + 10) * 0.5, y: 8, sizePt: 10, bold: true, color: '#123456' },
    ]);
    expect(ctx.textBaseline).toBe('top');
    expect(layer.codePoints()).toEqual([0x61, 0x62, 0x56fd, 0x6c11, 0x8857]);
  });
});

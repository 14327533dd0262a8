/**
 * Real text for PDFs drawn on a canvas (docs/ARCHITECTURE.md §7). The pages' pictures (stills,
 * plans, boxes, rules) stay one image per page; every text run is kept aside instead and
 * written into the PDF afterwards as text in the embedded font (src/ui/pdf/pdfFont.ts), on top
 * of its page's image, so it is sharp, selectable and searchable in both languages.
 *
 * `textOnCanvas` wraps a 2D context: drawing goes to the canvas as before, `fillText` goes to
 * the layer at the position, size, weight, colour and alignment the canvas would have used.
 * Text is measured by the canvas with the PDF's own face, so wrapping fits the PDF exactly.
 */
import type { jsPDF } from 'jspdf';
import { codePointsOf } from '../../lib/pdf/fontChars';

export interface TextRun {
  /** 1-based PDF page. */
  page: number;
  text: string;
  /** Left end of the run and its alphabetic baseline, in the PDF's units. */
  x: number;
  y: number;
  /** Font size in points. */
  sizePt: number;
  bold: boolean;
  color: string;
  /** How `x` is read (the storyboard's runs are all left-aligned by the time they get here). */
  align?: 'left' | 'right' | 'center';
}

export class TextLayer {
  readonly runs: TextRun[] = [];
  page = 1;

  add(run: Omit<TextRun, 'page'>): void {
    if (run.text.trim()) this.runs.push({ ...run, page: this.page });
  }

  codePoints(): number[] {
    return codePointsOf(this.runs.map((r) => r.text));
  }

  /**
   * Writes every run on its page in the font already selected in `doc` (embedPdfFont).
   * There is one weight; bold runs are filled and stroked with a hairline of their colour.
   */
  writeTo(doc: jsPDF): void {
    for (const r of this.runs) {
      doc.setPage(r.page);
      doc.setFontSize(r.sizePt);
      doc.setTextColor(r.color);
      if (r.bold) {
        doc.setDrawColor(r.color);
        doc.setLineWidth((r.sizePt * 0.035) / doc.internal.scaleFactor);
      }
      doc.text(r.text, r.x, r.y, { baseline: 'alphabetic', align: r.align ?? 'left', renderingMode: r.bold ? 'fillThenStroke' : 'fill' });
    }
  }
}

/** "700 12px Family, …" → size in px and weight. */
export function parseCanvasFont(font: string): { sizePx: number; bold: boolean } {
  const size = /(\d+(?:\.\d+)?)px/.exec(font);
  const weight = /(?:^|\s)(bold|bolder|[5-9]00)(?:\s|$)/.exec(font.slice(0, size?.index ?? font.length));
  return { sizePx: size ? Number(size[1]) : 10, bold: Boolean(weight) };
}

/** A CSS colour as jsPDF takes it (#rrggbb); anything else becomes black. */
export function pdfColor(style: unknown): string {
  if (typeof style !== 'string') return '#000000';
  if (/^#[0-9a-f]{6}$/i.test(style)) return style;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(style);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(style);
  if (rgb) return `#${[rgb[1], rgb[2], rgb[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
  return '#000000';
}

/**
 * The context with `fillText` redirected to `layer`. `unitsPerPx` turns canvas pixels into
 * PDF units (points here: the inverse of the canvas's scale to the page), applied after the context's own
 * transform, so text drawn inside a translate/scale lands where the canvas would put it.
 */
export function textOnCanvas(ctx: CanvasRenderingContext2D, layer: TextLayer, unitsPerPx: number): CanvasRenderingContext2D {
  const fillText = (text: string, x: number, y: number): void => {
    const { sizePx, bold } = parseCanvasFont(ctx.font);
    const m = typeof ctx.getTransform === 'function' ? ctx.getTransform() : null;
    const scale = m ? Math.hypot(m.a, m.b) : 1;
    const width = ctx.measureText(text).width;
    const align = ctx.textAlign;
    const shift = align === 'right' || align === 'end' ? -width : align === 'center' ? -width / 2 : 0;
    // Where this baseline sits relative to the alphabetic one, as the canvas computes it.
    const baseline = ctx.textBaseline;
    const here = ctx.measureText(text).fontBoundingBoxAscent;
    ctx.textBaseline = 'alphabetic';
    const alpha = ctx.measureText(text).fontBoundingBoxAscent;
    ctx.textBaseline = baseline;
    const lx = x + shift;
    const ly = y + (alpha - here);
    const px = m ? m.a * lx + m.c * ly + m.e : lx;
    const py = m ? m.b * lx + m.d * ly + m.f : ly;
    layer.add({ text, x: px * unitsPerPx, y: py * unitsPerPx, sizePt: sizePx * scale * unitsPerPx, bold, color: pdfColor(ctx.fillStyle) });
  };
  return new Proxy(ctx, {
    get(target, prop) {
      if (prop === 'fillText') return fillText;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
    set(target, prop, value) {
      return Reflect.set(target, prop, value, target);
    },
  });
}

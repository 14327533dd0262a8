/**
 * Draws the laid-out one-pager (src/lib/inquiry/pdfLayout.ts) into a PDF in the browser.
 *
 * Rectangles, rules and stills are drawn on an offscreen canvas and placed as one image per
 * page at 180 dpi; every text run is real PDF text on top, in an embedded CJK font cut down
 * to the characters the document uses (src/ui/pdf/, docs/ARCHITECTURE.md §7), so the
 * one-pager is sharp and searchable in Chinese and English. The layout measures text with
 * that same face (`loadPdfFont` first, then `canvasMeasure`). jsPDF and the font are loaded
 * only when a PDF is made.
 */
import type { Lang } from '../../lib/inquiry/words';
import type { Measure, PdfItem, PdfPage } from '../../lib/inquiry/pdfLayout';
import { PAGE, PT } from '../../lib/inquiry/pdfLayout';
import type { PdfFont } from '../pdf/pdfFont';
import { PDF_FONT_FAMILY, embedPdfFont } from '../pdf/pdfFont';
import { TextLayer } from '../pdf/textLayer';

export { loadPdfFont } from '../pdf/pdfFont';

const DPI = 180;
const PX_PER_MM = DPI / 25.4;

/**
 * Font stacks for measuring: the PDF's own face first (registered by loadPdfFont); the rest
 * only matter if it could not be registered.
 */
const FONTS: Record<Lang, string> = {
  zh: `"${PDF_FONT_FAMILY}", "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Source Han Sans SC", system-ui, sans-serif`,
  en: `"${PDF_FONT_FAMILY}", system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif`,
};

const font = (lang: Lang, sizePx: number, bold: boolean) => `${bold ? 700 : 400} ${sizePx}px ${FONTS[lang]}`;

/** Text widths in mm with the browser's fonts, for the layout. */
export function canvasMeasure(lang: Lang): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, sizePt, bold) => {
    if (!ctx) return [...text].length * sizePt * PT * 0.6;
    const key = `${bold ? 1 : 0}${text}`;
    let w100 = cache.get(key);
    if (w100 === undefined) {
      ctx.font = font(lang, 100, bold);
      w100 = ctx.measureText(text).width;
      cache.set(key, w100);
    }
    return (w100 / 100) * sizePt * PT;
  };
}

/** Loads the images a layout needs (site-relative paths); one that fails is left out. */
async function loadImages(pages: readonly PdfPage[]): Promise<Map<string, HTMLImageElement>> {
  const srcs = new Set<string>();
  for (const p of pages) for (const i of p.items) if (i.kind === 'image') srcs.add(i.src);
  const out = new Map<string, HTMLImageElement>();
  await Promise.all(
    [...srcs].map(async (src) => {
      const img = new Image();
      img.src = new URL(src, document.baseURI).href;
      try {
        await img.decode();
        out.set(src, img);
      } catch {
        // A missing still: the grey box stays empty; the facts are still there.
      }
    }),
  );
  return out;
}

function drawItem(ctx: CanvasRenderingContext2D, item: PdfItem, images: Map<string, HTMLImageElement>): void {
  const k = PX_PER_MM;
  switch (item.kind) {
    case 'rect':
      if (item.fill) {
        ctx.fillStyle = item.fill;
        ctx.fillRect(item.x * k, item.y * k, item.w * k, item.h * k);
      }
      if (item.stroke) {
        ctx.strokeStyle = item.stroke;
        ctx.lineWidth = item.lineWidth * k;
        ctx.strokeRect(item.x * k, item.y * k, item.w * k, item.h * k);
      }
      break;
    case 'line':
      ctx.strokeStyle = item.color;
      ctx.lineWidth = item.width * k;
      ctx.beginPath();
      ctx.moveTo(item.x1 * k, item.y1 * k);
      ctx.lineTo(item.x2 * k, item.y2 * k);
      ctx.stroke();
      break;
    case 'text':
      // Written as PDF text (TextLayer), not painted.
      break;
    case 'image': {
      const img = images.get(item.src);
      if (!img || !img.naturalWidth) break;
      // Cover the box, cropping the longer side.
      const boxAspect = item.w / item.h;
      const imgAspect = img.naturalWidth / img.naturalHeight;
      let sw = img.naturalWidth;
      let sh = img.naturalHeight;
      if (imgAspect > boxAspect) sw = sh * boxAspect;
      else sh = sw / boxAspect;
      ctx.drawImage(img, (img.naturalWidth - sw) / 2, (img.naturalHeight - sh) / 2, sw, sh, item.x * k, item.y * k, item.w * k, item.h * k);
      break;
    }
  }
}

export interface PdfMeta {
  title: string;
  subject: string;
}

/** Draws the pages and returns the PDF file; `font` is what loadPdfFont gave. */
export async function renderInquiryPdf(pages: readonly PdfPage[], lang: Lang, meta: PdfMeta, font: PdfFont): Promise<Blob> {
  const [{ jsPDF }, images] = await Promise.all([import('jspdf'), loadImages(pages)]);
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.setProperties({ title: meta.title, subject: meta.subject, creator: 'SetScout' });
  doc.setLanguage(lang === 'zh' ? 'zh-CN' : 'en-US');
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(PAGE.w * PX_PER_MM);
  canvas.height = Math.round(PAGE.h * PX_PER_MM);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2D is not available');
  const text = new TextLayer();
  pages.forEach((page, i) => {
    if (i > 0) doc.addPage('a4', 'portrait');
    text.page = i + 1;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    for (const item of page.items) {
      if (item.kind === 'text') text.add({ text: item.text, x: item.x, y: item.y, sizePt: item.size, bold: item.bold, color: item.color, align: item.align });
      else drawItem(ctx, item, images);
    }
    doc.addImage(canvas.toDataURL('image/jpeg', 0.9), 'JPEG', 0, 0, PAGE.w, PAGE.h, undefined, 'FAST');
  });
  embedPdfFont(doc, font, text.codePoints());
  text.writeTo(doc);
  canvas.width = 0;
  canvas.height = 0;
  return doc.output('blob');
}

// The one download helper, loaded with the PDF code.
export { saveBlob } from '../common/saveBlob';

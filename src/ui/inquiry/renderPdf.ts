/**
 * Draws the laid-out one-pager (src/lib/inquiry/pdfLayout.ts) into a PDF in the browser.
 *
 * Chinese needs a CJK font, which we do not ship (several megabytes) and a browser cannot
 * lend to a PDF library. So each page is drawn on an offscreen canvas with the browser's own
 * fonts (the system's CJK font) and placed in the PDF as one image per page, at 180 dpi. For
 * English an invisible text layer is added on top with PDF's built-in Helvetica, at the same
 * positions, so the PDF can be searched and copied from; Chinese lines cannot be encoded in a
 * built-in font and are left out of that layer (the page image still shows them).
 * jsPDF is loaded only when a PDF is made.
 */
import type { Lang } from '../../lib/inquiry/words';
import type { Measure, PdfItem, PdfPage } from '../../lib/inquiry/pdfLayout';
import { PAGE, PT } from '../../lib/inquiry/pdfLayout';

const DPI = 180;
const PX_PER_MM = DPI / 25.4;

/** Font stacks: a CJK face first for Chinese (digits and Latin then match it), the UI face first for English. */
const FONTS: Record<Lang, string> = {
  zh: '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Source Han Sans SC", system-ui, sans-serif',
  en: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
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

function drawItem(ctx: CanvasRenderingContext2D, item: PdfItem, lang: Lang, images: Map<string, HTMLImageElement>): void {
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
      ctx.fillStyle = item.color;
      ctx.font = font(lang, item.size * PT * k, item.bold);
      ctx.textAlign = item.align;
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(item.text, item.x * k, item.y * k);
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

/** Characters PDF's built-in Helvetica can carry (WinAnsi). */
const WIN_ANSI = /^[\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac\u2122]*$/;

export interface PdfMeta {
  title: string;
  subject: string;
}

/** Draws the pages and returns the PDF file. */
export async function renderInquiryPdf(pages: readonly PdfPage[], lang: Lang, meta: PdfMeta): Promise<Blob> {
  const [{ jsPDF }, images] = await Promise.all([import('jspdf'), loadImages(pages)]);
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.setProperties({ title: meta.title, subject: meta.subject, creator: 'SetScout' });
  doc.setLanguage(lang === 'zh' ? 'zh-CN' : 'en-US');
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(PAGE.w * PX_PER_MM);
  canvas.height = Math.round(PAGE.h * PX_PER_MM);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2D is not available');
  pages.forEach((page, i) => {
    if (i > 0) doc.addPage('a4', 'portrait');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    for (const item of page.items) drawItem(ctx, item, lang, images);
    doc.addImage(canvas.toDataURL('image/jpeg', 0.9), 'JPEG', 0, 0, PAGE.w, PAGE.h, undefined, 'FAST');
    if (lang === 'en') {
      for (const item of page.items) {
        if (item.kind !== 'text' || !item.text.trim() || !WIN_ANSI.test(item.text)) continue;
        doc.setFont('helvetica', item.bold ? 'bold' : 'normal');
        doc.setFontSize(item.size);
        doc.text(item.text, item.x, item.y, { align: item.align, renderingMode: 'invisible' });
      }
    }
  });
  canvas.width = 0;
  canvas.height = 0;
  return doc.output('blob');
}

// The one download helper, loaded with the PDF code.
export { saveBlob } from '../common/saveBlob';

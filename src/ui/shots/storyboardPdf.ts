/**
 * The storyboard PDF: A4 landscape, three frames a page, each with its 9:16 still, its
 * parameters and a plan thumbnail with the camera and its field of view.
 *
 * Each page's pictures are drawn on an offscreen canvas and added as one JPEG; its text is
 * real PDF text in an embedded CJK font cut down to the characters used (src/ui/pdf/, docs/
 * ARCHITECTURE.md §7), so names, notes, lens and shot data are searchable in both languages.
 * jsPDF and the font are loaded only when a PDF is made.
 */
import type { PlanShapes } from '../../lib/world/plan';
import type { Lang } from '../../lib/shots/describe';
import { VOCAB, anglesText, figuresText, fixed, fovText, lensText, positionText, shotSizeName } from '../../lib/shots/describe';
import type { Shot } from '../../lib/shots/shot';
import { PDF_FONT_FAMILY, embedPdfFont, loadPdfFont } from '../pdf/pdfFont';
import type { FontProgress } from '../pdf/pdfFont';
import { TextLayer, textOnCanvas } from '../pdf/textLayer';
import { drawPlanThumb } from './drawPlanThumb';
import type { StoryboardMove } from './storyboardMove';
import { closeStoryboardMove, drawMoveFrames, drawPlanPath, storyboardMoveOf } from './storyboardMove';

/** A4 landscape in points. */
const PAGE_W = 842;
const PAGE_H = 595;
/** Canvas pixels per point: 2.5 ≈ 180 dpi, sharp in print and on screen, about 0.5 MB a page. */
const SCALE = 2.5;
const MARGIN = 28;
const GAP = 16;
const PER_PAGE = 3;
/** The PDF's face first: the canvas measures with the widths the PDF text will have. */
const FONT = `"${PDF_FONT_FAMILY}", system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif`;

export interface StoryboardContext {
  lang: Lang;
  /** Translated labels. */
  label: {
    title: string;
    generated: string;
    page: (page: number, pages: number) => string;
    planMissing: string;
    stillMissing: string;
    set: string;
    position: string;
    height: string;
    angles: string;
    body: string;
    lens: string;
    fov: string;
    shotSize: string;
    figures: string;
    note: string;
    /** A shot with a move: its first and last frames (src/ui/shots/storyboardMove.ts). */
    moveStart?: string;
    moveEnd?: string;
  };
  setName: (setId: string) => string;
  bodyName: (bodyId: string) => string;
  plan: (setId: string) => PlanShapes | null;
  still: (shot: Shot) => Promise<Blob | undefined>;
  /** Hears the font download's progress (0–1) on the first PDF of a visit. */
  fontProgress?: FontProgress;
}

/** Splits text into lines that fit `width` (CJK may break between any two characters, Latin at spaces). */
export function wrapText(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const para of text.split(/\r?\n/)) {
    // Tokens: runs of Latin/digits with their trailing space, or single other characters.
    const tokens = para.match(/[\u0021-\u007e\u00a0-\u024f\u2010-\u2014\u2212×]+\s*|\s+|./gsu) ?? [];
    let line = '';
    for (const tok of tokens) {
      const candidate = line + tok;
      if (ctx.measureText(candidate.trimEnd()).width <= width || line === '') {
        if (ctx.measureText(candidate.trimEnd()).width > width && line === '') {
          // A single token wider than the line: cut it by characters.
          let part = '';
          for (const ch of tok) {
            if (ctx.measureText(part + ch).width > width && part) {
              lines.push(part);
              part = '';
            }
            part += ch;
          }
          line = part;
        } else line = candidate;
      } else {
        lines.push(line.trimEnd());
        line = tok.trimStart();
      }
    }
    lines.push(line.trimEnd());
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/.$/u, '')}…`;
    return kept;
  }
  return lines;
}

async function decode(blob: Blob | undefined): Promise<ImageBitmap | null> {
  if (!blob || typeof createImageBitmap !== 'function') return null;
  try {
    return await createImageBitmap(blob);
  } catch {
    return null;
  }
}

function drawFrame(ctx: CanvasRenderingContext2D, shot: Shot, index: number, x: number, y: number, w: number, h: number, still: ImageBitmap | null, c: StoryboardContext, move: StoryboardMove | null = null): void {
  const L = c.label;
  const font = (size: number, weight = 400) => `${weight} ${size}px ${FONT}`;
  // Heading: number, name, shot size.
  ctx.fillStyle = '#1b1b1b';
  ctx.font = font(12, 700);
  ctx.textBaseline = 'top';
  const heading = wrapText(ctx, `${index + 1}. ${shot.name}`, w, 1)[0] ?? '';
  ctx.fillText(heading, x, y);
  let top = y + 20;

  // Still, 9:16.
  const sw = Math.min(150, w * 0.6);
  const sh = (sw * 16) / 9;
  ctx.fillStyle = '#222';
  ctx.fillRect(x, top, sw, sh);
  if (move) drawMoveFrames(ctx, move, x, top, sw, sh, FONT, { start: L.moveStart ?? 'Start', end: L.moveEnd ?? 'End', missing: L.stillMissing });
  else if (still) ctx.drawImage(still, x, top, sw, sh);
  else {
    ctx.fillStyle = '#bbb';
    ctx.font = font(9);
    ctx.textAlign = 'center';
    ctx.fillText(L.stillMissing, x + sw / 2, top + sh / 2 - 5);
    ctx.textAlign = 'left';
  }
  ctx.strokeStyle = '#555';
  ctx.lineWidth = 0.6;
  ctx.strokeRect(x, top, sw, sh);

  // Beside the still: plan, then shot size and lens in large type.
  const px = x + sw + 8;
  const pw = w - sw - 8;
  const plan = c.plan(shot.setId);
  const ph = Math.min(pw, sh * 0.62);
  if (plan) drawPlanThumb(ctx, plan, shot, px, top, pw, ph);
  if (plan && move) drawPlanPath(ctx, plan, move, px, top, pw, ph);
  else {
    ctx.fillStyle = '#f0eee9';
    ctx.fillRect(px, top, pw, ph);
    ctx.fillStyle = '#777';
    ctx.font = font(8);
    wrapText(ctx, L.planMissing, pw - 10, 4).forEach((line, i) => ctx.fillText(line, px + 5, top + 6 + i * 11));
  }
  let by = top + ph + 8;
  ctx.fillStyle = '#777';
  ctx.font = font(8);
  ctx.fillText(L.shotSize, px, by);
  ctx.fillStyle = '#1b1b1b';
  ctx.font = font(13, 700);
  // Long English names ("Medium long (cowboy)") take two smaller lines rather than an ellipsis.
  const sizeName = shotSizeName(shot.shotSize, c.lang);
  if (ctx.measureText(sizeName).width > pw) ctx.font = font(10, 700);
  const sizeLines = wrapText(ctx, sizeName, pw, 2);
  sizeLines.forEach((line, i) => ctx.fillText(line, px, by + 11 + i * 12));
  by += 32 + (sizeLines.length - 1) * 12;
  ctx.fillStyle = '#777';
  ctx.font = font(8);
  ctx.fillText(L.lens, px, by);
  ctx.fillStyle = '#1b1b1b';
  ctx.font = font(13, 700);
  ctx.fillText(lensText(shot.lens), px, by + 11);

  // Parameters under the still.
  top += sh + 10;
  const rows: [string, string][] = [
    [L.set, c.setName(shot.setId)],
    [L.position, positionText(shot.camera.position)],
    [L.height, `${fixed(shot.camera.position[1], 2)} m`],
    [L.angles, anglesText(shot.camera, c.lang)],
    [L.body, `${c.bodyName(shot.body)} · ${VOCAB[c.lang].orient[shot.orient]}`],
    [L.fov, fovText(shot)],
    [L.figures, figuresText(shot.figures, c.lang)],
    [L.note, shot.note || '—'],
  ];
  ctx.font = font(8);
  const labelW = Math.min(w * 0.4, Math.max(...rows.map(([label]) => ctx.measureText(label).width)) + 8);
  const bottom = y + h;
  for (const [label, value] of rows) {
    if (top > bottom - 10) break;
    ctx.fillStyle = '#777';
    ctx.font = font(8);
    ctx.fillText(label, x, top + 1);
    ctx.fillStyle = '#1b1b1b';
    ctx.font = font(8.5);
    const room = Math.max(1, Math.floor((bottom - top) / 11));
    const lines = wrapText(ctx, value, w - labelW, label === L.note ? Math.min(6, room) : Math.min(3, room));
    lines.forEach((line, i) => ctx.fillText(line, x + labelW, top + i * 11));
    top += lines.length * 11 + 3;
  }
}

/** Builds the storyboard PDF for shots in list order. */
export async function buildStoryboardPdf(shots: readonly Shot[], c: StoryboardContext): Promise<Blob> {
  const [{ jsPDF }, font] = await Promise.all([import('jspdf'), loadPdfFont(c.fontProgress)]);
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4', compress: true });
  doc.setProperties({ title: `SetScout — ${c.label.title}`, creator: 'SetScout' });
  const pages = Math.max(1, Math.ceil(shots.length / PER_PAGE));
  const canvas = document.createElement('canvas');
  canvas.width = PAGE_W * SCALE;
  canvas.height = PAGE_H * SCALE;
  const raw = canvas.getContext('2d');
  if (!raw) throw new Error('2D canvas unavailable');
  const text = new TextLayer();
  const ctx = textOnCanvas(raw, text, 1 / SCALE);
  const colW = (PAGE_W - 2 * MARGIN - (PER_PAGE - 1) * GAP) / PER_PAGE;
  try {
    for (let page = 0; page < pages; page++) {
      text.page = page + 1;
      ctx.setTransform(SCALE, 0, 0, SCALE, 0, 0);
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, PAGE_W, PAGE_H);
      ctx.textBaseline = 'top';
      ctx.textAlign = 'left';
      ctx.fillStyle = '#1b1b1b';
      ctx.font = `700 15px ${FONT}`;
      ctx.fillText(`SetScout · ${c.label.title}`, MARGIN, MARGIN - 8);
      ctx.fillStyle = '#666';
      ctx.font = `400 8.5px ${FONT}`;
      ctx.textAlign = 'right';
      ctx.fillText(c.label.generated, PAGE_W - MARGIN, MARGIN - 4);
      ctx.fillText(c.label.page(page + 1, pages), PAGE_W - MARGIN, PAGE_H - MARGIN + 8);
      ctx.textAlign = 'left';
      ctx.strokeStyle = '#ccc';
      ctx.lineWidth = 0.6;
      ctx.beginPath();
      ctx.moveTo(MARGIN, MARGIN + 14);
      ctx.lineTo(PAGE_W - MARGIN, MARGIN + 14);
      ctx.stroke();

      const slice = shots.slice(page * PER_PAGE, page * PER_PAGE + PER_PAGE);
      for (let i = 0; i < slice.length; i++) {
        const shot = slice[i]!;
        const bitmap = await decode(await c.still(shot).catch(() => undefined));
        const move = await storyboardMoveOf(shot).catch(() => null);
        try {
          drawFrame(ctx, shot, page * PER_PAGE + i, MARGIN + i * (colW + GAP), MARGIN + 24, colW, PAGE_H - 2 * MARGIN - 30, bitmap, c, move);
        } finally {
          bitmap?.close();
          closeStoryboardMove(move);
        }
      }
      if (page > 0) doc.addPage('a4', 'landscape');
      doc.addImage(canvas.toDataURL('image/jpeg', 0.88), 'JPEG', 0, 0, PAGE_W, PAGE_H, undefined, 'NONE');
    }
  } finally {
    canvas.width = 0;
    canvas.height = 0;
  }
  embedPdfFont(doc, font, text.codePoints());
  text.writeTo(doc);
  return doc.output('blob');
}

/**
 * The font the PDFs write their text in (docs/ARCHITECTURE.md §7): Noto Sans SC Regular
 * (SIL Open Font License, from the @expo-google-fonts/noto-sans-sc package), which covers
 * Chinese, Latin, digits and the punctuation both languages use. The build copies the TTF and
 * HarfBuzz's subsetter (harfbuzz-subset.wasm) into dist/assets; both are fetched from the
 * site itself, only when a PDF is made, and kept for the next PDF of the visit.
 *
 * - `loadPdfFont` fetches both with byte progress and registers the face with the page
 *   (`document.fonts`) under PDF_FONT_FAMILY, so a canvas measures text with exactly the
 *   widths the PDF will have.
 * - `embedPdfFont` cuts the face down to the characters a document uses and adds that subset
 *   to a jsPDF document as a TrueType font with Identity-H encoding (Unicode text, searchable).
 */
import type { jsPDF } from 'jspdf';
import fontUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import wasmUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import type { FontSubsetter } from '../../lib/pdf/subsetFont';
import { createSubsetter } from '../../lib/pdf/subsetFont';

/** The family name the face is registered under, in the page and in the PDF. */
export const PDF_FONT_FAMILY = 'SetScout PDF Sans';

export interface PdfFont {
  /** The whole face (about 10 MB). */
  bytes: Uint8Array;
  subsetter: FontSubsetter;
}

/** Fraction of the download done, 0–1. */
export type FontProgress = (fraction: number) => void;

/** Reads a response to the end, reporting progress against Content-Length (or `expected`). */
async function readWithProgress(url: string, expected: number, onProgress: (bytes: number, total: number) => void): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  // Content-Length is the compressed size when the host gzips; it is still a fair total.
  const total = Number(res.headers.get('content-length')) || expected;
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let got = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    got += value.byteLength;
    onProgress(got, total);
  }
  const out = new Uint8Array(got);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** Approximate sizes, for progress when the host sends no Content-Length. */
const FONT_BYTES = 10_600_000;
const WASM_BYTES = 690_000;

let loading: Promise<PdfFont> | null = null;
const listeners = new Set<FontProgress>();

async function load(): Promise<PdfFont> {
  const done = [0, 0];
  const totals = [FONT_BYTES, WASM_BYTES];
  let lastPercent = -1;
  const report = (i: number) => (bytes: number, total: number) => {
    done[i] = bytes;
    totals[i] = Math.max(total, bytes);
    const fraction = Math.min(1, (done[0]! + done[1]!) / (totals[0]! + totals[1]!));
    // Whole percents only: a listener may re-render a status line.
    if (Math.floor(fraction * 100) === lastPercent) return;
    lastPercent = Math.floor(fraction * 100);
    for (const l of listeners) l(fraction);
  };
  const [bytes, wasm] = await Promise.all([readWithProgress(fontUrl, FONT_BYTES, report(0)), readWithProgress(wasmUrl, WASM_BYTES, report(1))]);
  const subsetter = await createSubsetter(wasm);
  if (typeof FontFace === 'function' && typeof document !== 'undefined') {
    const face = new FontFace(PDF_FONT_FAMILY, bytes.slice().buffer, { weight: '400', style: 'normal' });
    await face.load();
    document.fonts.add(face);
  }
  return { bytes, subsetter };
}

/** The PDF font, fetched on first use; `onProgress` hears about the download while it lasts. */
export async function loadPdfFont(onProgress?: FontProgress): Promise<PdfFont> {
  if (onProgress) listeners.add(onProgress);
  try {
    loading ??= load().catch((err: unknown) => {
      loading = null;
      throw err;
    });
    return await loading;
  } finally {
    if (onProgress) listeners.delete(onProgress);
  }
}

/** jsPDF's virtual file system takes a binary string. */
function binaryString(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return out;
}

/** Adds the face, cut to `codePoints`, to `doc` and selects it. */
export function embedPdfFont(doc: jsPDF, font: PdfFont, codePoints: readonly number[]): void {
  const subset = font.subsetter.subset(font.bytes, codePoints.length ? codePoints : [0x20]);
  const file = 'SetScoutPdfSans-Regular.ttf';
  doc.addFileToVFS(file, binaryString(subset));
  doc.addFont(file, PDF_FONT_FAMILY, 'normal', 'normal', 'Identity-H');
  doc.setFont(PDF_FONT_FAMILY, 'normal');
}

/**
 * The PDF one-pager of an inquiry as plain drawing instructions on A4 pages in millimetres:
 * text runs (already wrapped), rectangles, lines and images. Pure: text widths come from an
 * injected `measure`, so the same layout is tested here with a fake font and drawn in the
 * browser with the real one (src/ui/inquiry/renderPdf.ts).
 *
 * One block per set: name, summary, key figures (representative ones starred) and, on the
 * right, the catalog's rendered still when there is one, else a plan sketch drawn to scale
 * from the catalog's dimensions. Blocks flow onto further pages when the sets do not fit one.
 */
import type { UnitSystem } from '../catalog/units';
import { formatCurrency, formatLength } from '../catalog/units';
import type { FactLine, InquirySet } from './facts';
import { estimate, factLines } from './facts';
import type { Inquiry } from './validate';
import type { Lang } from './words';
import { daysText, word } from './words';

/** Width in mm of `text` set at `sizePt`. */
export type Measure = (text: string, sizePt: number, bold: boolean) => number;

export interface TextItem {
  kind: 'text';
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  size: number;
  bold: boolean;
  color: string;
  align: 'left' | 'right' | 'center';
}
export interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string | null;
  stroke: string | null;
  /** mm */
  lineWidth: number;
}
export interface LineItem {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
}
export interface ImageItem {
  kind: 'image';
  x: number;
  y: number;
  w: number;
  h: number;
  /** Site-relative image path (the catalog's `still`). Drawn to cover the box. */
  src: string;
}
export type PdfItem = TextItem | RectItem | LineItem | ImageItem;
export interface PdfPage {
  items: PdfItem[];
}

export const PAGE = { w: 210, h: 297, margin: 14 } as const;
export const COLORS = { text: '#1b1b1f', muted: '#5f6068', faint: '#c9cbd1', accent: '#f2b233', accentInk: '#8a5a00', plan: '#2f7fb8', bg: '#f6f4ef' } as const;
/** mm per typographic point. */
export const PT = 25.4 / 72;

export interface DocSet {
  name: string;
  summary: string;
  facts: FactLine[];
  still: string | null;
  plan: { width: number; depth: number; height: number };
}

/** Everything the one-pager says, in the inquiry's language. */
export interface InquiryDoc {
  lang: Lang;
  title: string;
  baseName: string;
  meta: [string, string][];
  setsHead: string;
  sets: DocSet[];
  footnote: string | null;
  /** One line per base: name, email, phone. */
  footer: string[];
  generated: string;
  units: UnitSystem;
}

/** The one-pager's content for an inquiry to one or more bases. */
export function inquiryDoc(
  inq: Inquiry,
  sets: readonly InquirySet[],
  bases: readonly { name: { zh: string; en: string }; contact: { email: string; phone?: string | undefined } }[],
  units: UnitSystem,
  today: string,
): InquiryDoc {
  const lang = inq.lang;
  const totals = estimate(sets, inq.days);
  const meta: [string, string][] = [
    [word(lang, 'pdfFor'), lang === 'zh' ? `${inq.name}，${inq.company}` : `${inq.name}, ${inq.company}`],
    [word(lang, 'pdfContact'), [inq.email, inq.phone].filter(Boolean).join(' · ')],
    [word(lang, 'pdfDates'), `${inq.from} ${word(lang, 'to')} ${inq.to}${lang === 'zh' ? '' : ' '}${word(lang, 'pdfDays', { days: daysText(lang, inq.days) })}`],
    [word(lang, 'pdfCrew'), word(lang, 'people', { n: inq.crew })],
  ];
  if (totals.length) {
    meta.push([word(lang, 'pdfEstimate'), totals.map((t) => `${formatCurrency(t.total, t.currency, lang)}${t.representative ? '*' : ''}`).join(' + ')]);
  }
  if (inq.notes) meta.push([word(lang, 'pdfNotes'), inq.notes]);
  const docSets = sets.map((s) => ({
    name: s.name[lang],
    summary: s.summary[lang],
    facts: factLines(s, lang, units),
    still: s.still ?? null,
    plan: { width: s.dimensions.width, depth: s.dimensions.depth, height: s.dimensions.height },
  }));
  const anyRep = docSets.some((s) => s.facts.some((f) => f.representative)) || totals.some((t) => t.representative);
  return {
    lang,
    title: word(lang, 'pdfTitle'),
    baseName: bases.map((b) => b.name[lang]).join(lang === 'zh' ? '、' : ' · '),
    meta,
    setsHead: word(lang, 'pdfSets', { count: sets.length }),
    sets: docSets,
    footnote: anyRep ? word(lang, 'representative') : null,
    footer: bases.map((b) => [b.name[lang], b.contact.email, b.contact.phone].filter(Boolean).join(' · ')),
    generated: word(lang, 'pdfGenerated', { date: today }),
    units,
  };
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
/** Punctuation that must not begin a line (kinsoku). */
const NO_LINE_START = /^[，。、；：？！）」』》〉】…,.;:?!)\]}%’”]/;

/**
 * Breaks text into lines no wider than maxW: between words for Latin text, between any two
 * characters for CJK, never starting a line with closing punctuation, and breaking a word
 * that is wider than a line on its own. Line breaks in the text are kept.
 */
export function wrapText(text: string, maxW: number, size: number, bold: boolean, measure: Measure): string[] {
  const out: string[] = [];
  for (const para of text.split(/\r?\n/)) {
    const tokens = para.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\s*|\s+/g) ?? [''];
    let line = '';
    for (const token of tokens) {
      const candidate = line + token;
      if (!line || measure(candidate.trimEnd(), size, bold) <= maxW || NO_LINE_START.test(token)) {
        if (!line && measure(token.trimEnd(), size, bold) > maxW && !CJK.test(token)) {
          // A word longer than the line: break it by characters.
          for (const ch of token) {
            if (line && measure(line + ch, size, bold) > maxW) {
              out.push(line);
              line = '';
            }
            line += ch;
          }
        } else line = candidate;
        continue;
      }
      out.push(line.trimEnd());
      line = token.trimStart();
    }
    out.push(line.trimEnd());
  }
  return out;
}

/** Lines of wrapped text cut to `max` lines, the last ending with "…" when cut. */
export function clampLines(lines: string[], max: number, maxW: number, size: number, bold: boolean, measure: Measure): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1] ?? '';
  while (last && measure(`${last}…`, size, bold) > maxW) last = [...last].slice(0, -1).join('');
  kept[max - 1] = `${last.trimEnd()}…`;
  return kept;
}

const lineH = (size: number) => size * PT * 1.38;

/** Lays the document out on A4 pages. */
export function layoutInquiryPdf(doc: InquiryDoc, measure: Measure): PdfPage[] {
  const { w: W, h: H, margin: M } = PAGE;
  const pages: PdfPage[] = [];
  const footerTop = H - 20;
  let items: PdfItem[] = [];
  let y = 0;
  const text = (x: number, yy: number, s: string, size: number, opts: Partial<Pick<TextItem, 'bold' | 'color' | 'align'>> = {}) =>
    items.push({ kind: 'text', x, y: yy, text: s, size, bold: opts.bold ?? false, color: opts.color ?? COLORS.text, align: opts.align ?? 'left' });

  const newPage = (first: boolean) => {
    items = [];
    pages.push({ items });
    items.push({ kind: 'rect', x: 0, y: 0, w: W, h: first ? 5 : 2.5, fill: COLORS.accent, stroke: null, lineWidth: 0 });
    if (first) {
      text(M, 22, doc.title, 20, { bold: true });
      text(W - M, 22, doc.generated, 8, { color: COLORS.muted, align: 'right' });
      const names = wrapText(doc.baseName, W - 2 * M, 12, false, measure);
      names.forEach((l, i) => text(M, 30 + i * lineH(12), l, 12, { color: COLORS.muted }));
      y = 30 + names.length * lineH(12) + 2;
    } else {
      text(M, 12, `${doc.title} · ${doc.baseName}`, 8.5, { color: COLORS.muted });
      y = 20;
    }
  };
  newPage(true);

  // The inquiry: who, when, how many, notes.
  const labelW = 34;
  const valueW = W - 2 * M - labelW;
  for (const [label, value] of doc.meta) {
    const lines = clampLines(wrapText(value, valueW, 10, false, measure), 8, valueW, 10, false, measure);
    y += lineH(10);
    text(M, y, label, 8.5, { bold: true, color: COLORS.muted });
    lines.forEach((l, i) => text(M + labelW, y + i * lineH(10), l, 10));
    y += (lines.length - 1) * lineH(10);
  }
  y += 5;
  items.push({ kind: 'line', x1: M, y1: y, x2: W - M, y2: y, color: COLORS.faint, width: 0.3 });
  y += 8;
  text(M, y, doc.setsHead, 12, { bold: true });
  y += 4;

  // One block per set.
  const leftW = 112;
  const mediaX = M + leftW + 8;
  const mediaW = W - M - mediaX;
  const mediaH = (mediaW * 10) / 16;
  const factLabelW = 30;
  const factValueW = leftW - factLabelW;
  for (const s of doc.sets) {
    const nameLines = wrapText(s.name, leftW, 13, true, measure);
    const summary = clampLines(wrapText(s.summary, leftW, 8.5, false, measure), 2, leftW, 8.5, false, measure);
    const facts = s.facts.map((f) => ({ f, lines: clampLines(wrapText(`${f.value}${f.representative ? '*' : ''}`, factValueW, 8.5, false, measure), 2, factValueW, 8.5, false, measure) }));
    const leftH = nameLines.length * lineH(13) + 1 + summary.length * lineH(8.5) + 2 + facts.reduce((a, x) => a + x.lines.length * lineH(8.5), 0);
    const blockH = Math.max(leftH, mediaH + 6) + 6;
    if (y + blockH > footerTop) newPage(false);

    let ly = y + lineH(13);
    for (const l of nameLines) {
      text(M, ly, l, 13, { bold: true });
      ly += lineH(13);
    }
    ly += 1 - lineH(13) + lineH(8.5);
    for (const l of summary) {
      text(M, ly, l, 8.5, { color: COLORS.muted });
      ly += lineH(8.5);
    }
    ly += 2;
    for (const { f, lines } of facts) {
      text(M, ly, f.label, 8.5, { color: COLORS.muted });
      lines.forEach((l, i) => text(M + factLabelW, ly + i * lineH(8.5), l, 8.5, { bold: f.key === 'rate' }));
      ly += lines.length * lineH(8.5);
    }

    // The picture: the catalog's still, else the plan sketch to scale.
    const my = y + 2;
    if (s.still) {
      items.push({ kind: 'rect', x: mediaX, y: my, w: mediaW, h: mediaH, fill: COLORS.bg, stroke: null, lineWidth: 0 });
      items.push({ kind: 'image', x: mediaX, y: my, w: mediaW, h: mediaH, src: s.still });
      text(mediaX, my + mediaH + 4, word(doc.lang, 'pdfStill'), 7, { color: COLORS.muted });
    } else {
      planSketch(items, s.plan, mediaX, my, mediaW, mediaH, doc);
      text(mediaX, my + mediaH + 4, word(doc.lang, 'pdfPlan'), 7, { color: COLORS.muted });
    }
    y += blockH;
    items.push({ kind: 'line', x1: M, y1: y - 3, x2: W - M, y2: y - 3, color: COLORS.faint, width: 0.2 });
  }

  // Footer on every page: the footnote, each base's contact (two at most), page numbers.
  pages.forEach((p, i) => {
    items = p.items;
    items.push({ kind: 'line', x1: M, y1: H - 16, x2: W - M, y2: H - 16, color: COLORS.faint, width: 0.3 });
    if (doc.footnote) text(M, H - 12, doc.footnote, 7.5, { color: COLORS.muted });
    const contactW = W - 2 * M - 30;
    const contacts = doc.footer.length > 2 ? [doc.footer[0] ?? '', `${doc.footer[1] ?? ''} …`] : doc.footer;
    contacts.forEach((c, k) => {
      const line = clampLines(wrapText(c, contactW, 8, true, measure), 1, contactW, 8, true, measure)[0] ?? '';
      text(M, H - 8 + k * 3.6, line, 8, { bold: true, color: COLORS.accentInk });
    });
    text(W - M, H - 8, word(doc.lang, 'pdfPage', { n: i + 1, of: pages.length }), 8, { color: COLORS.muted, align: 'right' });
  });
  return pages;
}

/** The footprint to scale in its box, with width, depth and height written on it. */
function planSketch(items: PdfItem[], plan: DocSet['plan'], x: number, y: number, w: number, h: number, doc: InquiryDoc): void {
  items.push({ kind: 'rect', x, y, w, h, fill: COLORS.bg, stroke: COLORS.faint, lineWidth: 0.3 });
  // Room around the footprint for the dimension labels.
  const padX = 13;
  const padY = 8;
  const scale = Math.min((w - 2 * padX) / plan.width, (h - 2 * padY) / plan.depth);
  const fw = plan.width * scale;
  const fd = plan.depth * scale;
  const fx = x + (w - fw) / 2;
  const fy = y + (h - fd) / 2 - 1;
  items.push({ kind: 'rect', x: fx, y: fy, w: fw, h: fd, fill: '#dcebf5', stroke: COLORS.plan, lineWidth: 0.5 });
  const len = (m: number) => formatLength(m, doc.units, doc.lang);
  const dim = (s: string, tx: number, ty: number, align: TextItem['align']) =>
    items.push({ kind: 'text', x: tx, y: ty, text: s, size: 6.5, bold: false, color: COLORS.muted, align });
  items.push({ kind: 'line', x1: fx, y1: fy + fd + 2.5, x2: fx + fw, y2: fy + fd + 2.5, color: COLORS.muted, width: 0.2 });
  dim(len(plan.width), fx + fw / 2, fy + fd + 5.6, 'center');
  items.push({ kind: 'line', x1: fx - 2.5, y1: fy, x2: fx - 2.5, y2: fy + fd, color: COLORS.muted, width: 0.2 });
  dim(len(plan.depth), fx - 3.5, fy + fd / 2 + 1, 'right');
  dim(`${word(doc.lang, 'pdfHeight')} ${len(plan.height)}`, fx + fw - 1.5, fy + 3.5, 'right');
}

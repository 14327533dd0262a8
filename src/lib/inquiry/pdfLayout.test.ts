import { describe, expect, it } from 'vitest';
import { QUZHOU, SETS_3D, inquiry, quzhouSet } from '../../../tests/fixtures/inquiry';
import type { Measure, PdfPage, TextItem } from './pdfLayout';
import { PAGE, PT, clampLines, inquiryDoc, layoutInquiryPdf, wrapText } from './pdfLayout';

/** A stand-in font: Latin glyphs half an em wide, CJK a full em. */
const measure: Measure = (text, size) => [...text].reduce((a, ch) => a + (/[\u2e80-\uffef]/.test(ch) ? 1 : 0.5), 0) * size * PT;
const mono: Measure = (text) => [...text].length;

const texts = (p: PdfPage) => p.items.filter((i): i is TextItem => i.kind === 'text');

describe('wrapText', () => {
  it('breaks Latin text between words', () => {
    expect(wrapText('the quick brown fox jumps', 10, 1, false, mono)).toEqual(['the quick', 'brown fox', 'jumps']);
  });
  it('breaks CJK between characters but never before closing punctuation', () => {
    expect(wrapText('一二三四，五六', 4, 1, false, mono)).toEqual(['一二三四，', '五六']);
  });
  it('breaks a word longer than a line, and keeps line breaks', () => {
    expect(wrapText('abcdefghij\nxy', 4, 1, false, mono)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
  });
  it('clamps to a number of lines with an ellipsis', () => {
    expect(clampLines(['aaaa', 'bbbb', 'cccc'], 2, 4, 1, false, mono)).toEqual(['aaaa', 'bbb…']);
  });
});

describe('layoutInquiryPdf', () => {
  const base = { name: QUZHOU.name, contact: QUZHOU.contact };
  for (const lang of ['zh', 'en'] as const) {
    it(`puts the three 3D sets on one A4 page, inside the margins (${lang})`, () => {
      const doc = inquiryDoc(inquiry({ lang }), SETS_3D, [base], 'metric', '2027-03-10');
      const pages = layoutInquiryPdf(doc, measure);
      expect(pages).toHaveLength(1);
      const page = pages[0]!;
      for (const s of SETS_3D) expect(texts(page).some((t) => t.text === s.name[lang])).toBe(true);
      for (const t of texts(page)) {
        const w = measure(t.text, t.size, t.bold);
        const left = t.align === 'left' ? t.x : t.align === 'right' ? t.x - w : t.x - w / 2;
        expect(left, t.text).toBeGreaterThanOrEqual(PAGE.margin - 6);
        expect(left + w, t.text).toBeLessThanOrEqual(PAGE.w - PAGE.margin + 0.01);
        expect(t.y).toBeGreaterThan(0);
        expect(t.y).toBeLessThan(PAGE.h);
      }
      expect(texts(page).some((t) => t.text.includes(lang === 'zh' ? '第 1/1 页' : 'Page 1 of 1'))).toBe(true);
      expect(texts(page).some((t) => t.text.includes(QUZHOU.contact.email))).toBe(true);
    });
  }

  it('draws the still when the catalog has one, else a plan to scale', () => {
    const withStill = { ...quzhouSet('courtroom'), still: 'models/stills/courtroom.jpg' };
    const without = { ...quzhouSet('subway-platform'), still: undefined };
    const [page] = layoutInquiryPdf(inquiryDoc(inquiry(), [withStill, without], [base], 'metric', '2027-03-10'), measure);
    const images = page!.items.filter((i) => i.kind === 'image');
    expect(images).toEqual([expect.objectContaining({ src: 'models/stills/courtroom.jpg' })]);
    const footprint = page!.items.find((i) => i.kind === 'rect' && i.fill === '#dcebf5');
    expect(footprint && footprint.kind === 'rect' && footprint.w / footprint.h).toBeCloseTo(without.dimensions.width / without.dimensions.depth, 5);
  });

  it('flows many sets onto further pages, numbering each', () => {
    const many = Array.from({ length: 10 }, (_, i) => SETS_3D[i % 3]!);
    const pages = layoutInquiryPdf(inquiryDoc(inquiry(), many, [base], 'imperial', '2027-03-10'), measure);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => expect(texts(p).some((t) => t.text === `Page ${i + 1} of ${pages.length}`)).toBe(true));
    const names = pages.flatMap((p) => texts(p).filter((t) => t.size === 13).map((t) => t.text));
    expect(names).toHaveLength(10);
  });

  it('states the inquiry and stars representative figures', () => {
    const doc = inquiryDoc(inquiry({ lang: 'zh' }), SETS_3D, [base], 'metric', '2027-03-10');
    expect(doc.meta.map(([k]) => k)).toEqual(['询价方', '联系方式', '拍摄日期', '剧组人数', '日租估算', '备注']);
    expect(doc.meta[2]![1]).toBe('2027-05-01 至 2027-05-04（共 4 天）');
    expect(doc.setsHead).toBe('所选场景（3）');
    expect(doc.footnote).toContain('代表性数据');
    expect(doc.sets[0]!.facts.find((f) => f.key === 'rate')).toMatchObject({ value: '¥6,800/天，半天 ¥4,000', representative: true });
  });
});

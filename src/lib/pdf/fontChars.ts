/**
 * The characters a PDF's text uses, as sorted Unicode code points: what the embedded font is
 * cut down to (src/lib/pdf/subsetFont.ts). Control characters (line breaks, tabs) are never
 * drawn, so they are left out; everything else, spaces included, is kept once.
 */
export function codePointsOf(texts: Iterable<string>): number[] {
  const seen = new Set<number>();
  for (const text of texts) {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
      seen.add(cp);
    }
  }
  return [...seen].sort((a, b) => a - b);
}

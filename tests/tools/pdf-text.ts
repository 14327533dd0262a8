/**
 * The text a PDF carries, page by page, as a reader extracts it (pdf.js, Node side), plus the
 * fonts it embeds. Used by tests/e2e/pdf-text.spec.ts to check that an exported PDF is
 * searchable in Chinese and English.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type * as PdfJs from 'pdfjs-dist';

// pdf.js 6 uses Promise.withResolvers (Node 22); Node 20 lacks it.
if (!('withResolvers' in Promise)) {
  Object.defineProperty(Promise, 'withResolvers', {
    value<T>() {
      let resolve!: (v: T) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<T>((a, b) => {
        resolve = a;
        reject = b;
      });
      return { promise, resolve, reject };
    },
  });
}

export interface PdfText {
  pages: string[];
  /** Every page's text, one page a line. */
  all: string;
  /** Font programs embedded as TrueType (FontFile2), each with its size in bytes. */
  embeddedFonts: number[];
}

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const require = createRequire(import.meta.url);
  const pdfjs = (await import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href)) as typeof PdfJs;
  const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.cleanup();
  // FontFile2 streams (TrueType programs): /Length1 is the program's own size.
  const raw = Buffer.from(bytes).toString('latin1');
  const embeddedFonts = [...raw.matchAll(/\/FontFile2 (\d+) 0 R/g)].map((m) => {
    const obj = new RegExp(`(?:^|\\n)${m[1]} 0 obj\\s*<<[^>]*?/Length1 (\\d+)`).exec(raw);
    return obj ? Number(obj[1]) : 0;
  });
  return { pages, all: pages.join('\n'), embeddedFonts };
}

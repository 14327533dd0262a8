/**
 * Drops the catalog schema's descriptions from the site's code (docs/ARCHITECTURE.md §5).
 * `about('…')` (src/data/schemaParts.ts) documents a field for the published JSON Schema that
 * editors complete from (`npm run check:catalog` writes it from the same schema, in Node); the
 * browser only validates and never reads them, yet every page would download a few kB of
 * English prose. In the production build this plugin removes each `about('…')` check from the
 * files under src/data/; tests and tools run the source as written. A description written in a
 * form it does not know stops the build, so none slips through half-stripped.
 */
import type { Plugin } from 'vite';

/** A single-quoted string literal (escapes allowed, no newline). */
const STR = String.raw`'(?:[^'\\\n]|\\.)*'`;
const ABOUT = String.raw`about\(\s*${STR}\s*\)`;

/** The source without its `about('…')` checks; throws on a description it cannot remove. */
export function stripSchemaDocs(code: string, file = 'the file'): string {
  const out = code
    // `.check(about('…'))`: the whole check goes.
    .replace(new RegExp(String.raw`\s*\.check\(\s*${ABOUT}\s*,?\s*\)`, 'g'), '')
    // One of several checks: `…, about('…')` or `about('…'), …`.
    .replace(new RegExp(String.raw`,\s*${ABOUT}`, 'g'), '')
    .replace(new RegExp(String.raw`${ABOUT}\s*,\s*`, 'g'), '');
  const left = /\babout\(\s*[^)\s]/.exec(out);
  if (left) {
    const line = out.slice(0, left.index).split('\n').length;
    throw new Error(`${file}:${line}: a schema description the build cannot strip (write it as .check(about('…')) or as one of a check's arguments)`);
  }
  return out;
}

export function stripSchemaDocsPlugin(): Plugin {
  return {
    name: 'setscout-strip-schema-docs',
    apply: 'build',
    // Before TypeScript is stripped: the source as written, quotes and all.
    enforce: 'pre',
    transform(code, id) {
      const path = id.replaceAll('\\', '/').split('?')[0]!;
      if (!/\/src\/data\/.*\.ts$/.test(path) || !code.includes('about(')) return null;
      return { code: stripSchemaDocs(code, path), map: null };
    },
  };
}

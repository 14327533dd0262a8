import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripSchemaDocs } from '../../build/stripSchemaDocs';

describe('stripSchemaDocs (build/stripSchemaDocs.ts)', () => {
  it('removes a lone description check and one among several, keeping the other checks', () => {
    const src = "const a = num(0, 1).check(about('It\\'s (a) fraction.'));\nconst b = z.array(Id).check(z.minLength(1), about('Ids.'));\nconst c = z.string().check(\n  z.regex(/x/),\n  about('Path.'),\n);\n";
    const out = stripSchemaDocs(src);
    expect(out).not.toMatch(/about\(|fraction|Ids\.|Path\./);
    expect(out).toContain('const a = num(0, 1);');
    expect(out).toContain('z.array(Id).check(z.minLength(1))');
    expect(out).toContain('z.regex(/x/)');
  });

  it('refuses a description it cannot remove', () => {
    expect(() => stripSchemaDocs('const d = about(TEXT);', 'x.ts')).toThrow(/x\.ts:1/);
  });

  it('strips every description in src/data', () => {
    const dirs = ['src/data', 'src/data/layout'];
    for (const dir of dirs)
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
        const out = stripSchemaDocs(readFileSync(join(dir, f), 'utf8'), f);
        expect(out, f).not.toMatch(/\babout\('/);
      }
  });
});

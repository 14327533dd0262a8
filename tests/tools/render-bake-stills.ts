/**
 * The set kit's baked light, shown: renders one kit set from the built site twice — as
 * generated (ambient occlusion and practical lights baked into vertex colours) and with the
 * bake switched off — into docs/bake/<id>-baked.png and docs/bake/<id>-unbaked.png.
 *
 *   npm run build && npx tsx tests/tools/render-bake-stills.ts [set-id]
 *
 * Not part of the tests: a picture for the README / review (docs/ARCHITECTURE.md §9).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { parseLayout } from '../../src/data/layout/check';
import { writeSet } from '../../models/generator/core/write';
import { compileLayout } from '../../models/generator/kit/compile';
import { ensureChromium } from './find-browser';
import { startStaticServer } from './static-server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const id = process.argv[2] ?? 'prison-visiting-room';

async function main(): Promise<void> {
  const base = ['quzhou', 'chongqing'].find((b) => {
    try {
      readFileSync(resolve(ROOT, `scenes/${b}/layouts/${id}.json`));
      return true;
    } catch {
      return false;
    }
  });
  if (!base) throw new Error(`no layout for ${id}`);
  const file = `scenes/${base}/layouts/${id}.json`;
  const parsed = parseLayout(JSON.parse(readFileSync(resolve(ROOT, file), 'utf8')), file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const set = JSON.parse(readFileSync(resolve(ROOT, `scenes/${base}/sets/${id}.json`), 'utf8')) as { tour: { camera: { position: number[]; yawDeg: number; pitchDeg: number } }[] };
  const c = set.tour[0]!.camera;
  const cam = [...c.position, c.yawDeg, c.pitchDeg].map((v) => Number(v.toFixed(3))).join(',');
  const glbPath = resolve(ROOT, 'dist/models', `${id}.glb`);
  const keep = `${glbPath}.baked`;
  copyFileSync(glbPath, keep);

  const browserPath = (await ensureChromium({ install: true })).path;
  const server = await startStaticServer({ root: resolve(ROOT, 'dist'), port: 0 });
  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'] });
  const out = resolve(ROOT, 'docs/bake');
  mkdirSync(out, { recursive: true });
  try {
    for (const variant of ['baked', 'unbaked'] as const) {
      if (variant === 'unbaked') {
        const flat = { ...parsed.value, bake: { ...parsed.value.bake, ao: false, lights: false } };
        writeFileSync(glbPath, (await writeSet(compileLayout(flat).builder)).glb);
      }
      const page = await browser.newPage({ viewport: { width: 1341, height: 661 }, deviceScaleFactor: 1 });
      await page.goto(`${server.url}sets/${id}?lang=en&mode=walk&cam=${cam}`);
      await page.waitForSelector('canvas[data-ready="true"]', { timeout: 120_000 });
      await page.addStyleTag({ content: '.hotspot-anchor, .stage-top, .stage-bottom, .stage-minimap, .notices { display: none !important; }' });
      await page.waitForTimeout(500);
      const png = await page.locator('canvas[data-testid="set-canvas"]').screenshot({ type: 'png' });
      writeFileSync(resolve(out, `${id}-${variant}.png`), png);
      console.log(`${variant}: ${png.byteLength} bytes`);
      await page.close();
    }
  } finally {
    copyFileSync(keep, glbPath);
    await browser.close();
    await server.close();
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

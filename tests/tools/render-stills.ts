/**
 * Renders the catalog-card picture of every 3D set from the built site, the way a
 * visitor first sees it (the overview), into models/stills/<id>.jpg.
 *
 *   npm run build && npm run stills
 *
 * Not part of the tests: run it after a model changes and commit the pictures.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { ensureChromium } from './find-browser';
import { startStaticServer } from './static-server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface SetFile {
  id: string;
  model: { file: string } | null;
  tour?: { camera: { position: number[]; yawDeg: number; pitchDeg: number } }[];
}

/** Where the picture is taken from: the set's first tour stop (an aimed, eye-level view), else the overview. */
function viewQuery(set: SetFile): string {
  const stop = set.tour?.[0];
  if (!stop) return 'mode=orbit';
  const c = stop.camera;
  return `mode=walk&cam=${[...c.position, c.yawDeg, c.pitchDeg].map((v) => Number(v.toFixed(3))).join(',')}`;
}

function modelSets(): SetFile[] {
  const index = JSON.parse(readFileSync(resolve(ROOT, 'scenes/index.json'), 'utf8')) as { bases: string[] };
  const ids: SetFile[] = [];
  for (const baseRel of index.bases) {
    const baseFile = resolve(ROOT, 'scenes', baseRel);
    const base = JSON.parse(readFileSync(baseFile, 'utf8')) as { sets: string[] };
    for (const rel of base.sets) {
      const set = JSON.parse(readFileSync(resolve(dirname(baseFile), rel), 'utf8')) as SetFile;
      if (set.model) ids.push(set);
    }
  }
  return ids;
}

async function main(): Promise<void> {
  const browserPath = (await ensureChromium({ install: true })).path;
  const server = await startStaticServer({ root: resolve(ROOT, 'dist'), port: 0 });
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--disable-background-networking'],
  });
  try {
    // The stage is 960 × 600 (16:10, the card's shape) beside the 380 px side panel.
    const page = await browser.newPage({ viewport: { width: 1341, height: 661 }, deviceScaleFactor: 1 });
    for (const set of modelSets()) {
      const id = set.id;
      await page.goto(`${server.url}sets/${id}?lang=en&${viewQuery(set)}`);
      await page.waitForSelector('canvas[data-ready="true"]', { timeout: 90_000 });
      await page.addStyleTag({ content: '.hotspot-anchor, .stage-top, .stage-bottom, .stage-minimap, .notices { display: none !important; }' });
      await page.waitForTimeout(300);
      const shot = await page.locator('canvas[data-testid="set-canvas"]').screenshot({ type: 'jpeg', quality: 80 });
      const out = resolve(ROOT, 'models/stills', `${id}.jpg`);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, shot);
      console.log(`${id}: ${shot.byteLength} bytes → ${out}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

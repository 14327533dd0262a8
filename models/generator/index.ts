/**
 * SetScout model generator: `npm run models` rebuilds models/*.glb — the three hand-coded
 * sets (sets/*.ts) and every layout under scenes/<base>/layouts/ (the set kit, kit/) — and
 * updates only the "model" block of each set's catalog JSON (catalogPatch.ts). Output is
 * byte-for-byte reproducible; models/generator/models.test.ts regenerates into a temp dir and
 * compares.
 *
 * Usage: tsx models/generator/index.ts [outRoot] [set ids …]   (outRoot defaults to the repo root)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLayout } from '../../src/data/layout/check.ts';
import { formatProblem } from '../../src/data/validate.ts';
import type { SetBuilder } from './core/builder.ts';
import { writeSet } from './core/write.ts';
import { modelBlock, patchModel } from './catalogPatch.ts';
import { compileLayout } from './kit/compile.ts';
import { buildCourtroom } from './sets/courtroom.ts';
import { buildPalace } from './sets/palace.ts';
import { buildSubway } from './sets/subway.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface SetDef {
  id: string;
  /** The base folder under scenes/ holding the set's JSON. */
  base: string;
  /** The layout file it is compiled from (repo-relative), for kit sets. */
  layout?: string;
  build: () => SetBuilder;
}

/** Every layout file: scenes/<base>/layouts/<set-id>.json, compiled by the kit. */
export function layoutSets(root: string = REPO_ROOT): SetDef[] {
  const out: SetDef[] = [];
  const scenes = join(root, 'scenes');
  for (const base of readdirSync(scenes).sort()) {
    const dir = join(scenes, base, 'layouts');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      const rel = `scenes/${base}/layouts/${f}`;
      const id = f.slice(0, -5);
      out.push({
        id,
        base,
        layout: rel,
        build: () => {
          const parsed = parseLayout(JSON.parse(readFileSync(join(root, rel), 'utf8')), rel);
          if (!parsed.ok) throw new Error(`${rel}:\n  ${parsed.problems.map(formatProblem).join('\n  ')}`);
          if (parsed.value.set !== id) throw new Error(`${rel}: "set" is ${parsed.value.set}, the file name says ${id}`);
          return compileLayout(parsed.value).builder;
        },
      });
    }
  }
  return out;
}

export const SETS: SetDef[] = [
  { id: 'courtroom', base: 'quzhou', build: buildCourtroom },
  { id: 'subway-platform', base: 'quzhou', build: buildSubway },
  { id: 'palace-throne-hall', base: 'quzhou', build: buildPalace },
  ...layoutSets(),
];

export interface Generated {
  id: string;
  glbPath: string;
  jsonPath: string;
  bytes: number;
  floorSize: [number, number];
}

/** Generates every set into `root/models/<id>.glb` and patches `root/scenes/<base>/sets/<id>.json` (read from the repo). */
export async function generate(root: string = REPO_ROOT, only?: string[]): Promise<Generated[]> {
  const out: Generated[] = [];
  for (const def of SETS) {
    if (only && !only.includes(def.id)) continue;
    const b = def.build();
    const { glb, floorSize } = await writeSet(b);
    const glbPath = join(root, 'models', `${def.id}.glb`);
    const rel = `scenes/${def.base}/sets/${def.id}.json`;
    const jsonPath = join(root, rel);
    mkdirSync(dirname(glbPath), { recursive: true });
    mkdirSync(dirname(jsonPath), { recursive: true });
    writeFileSync(glbPath, glb);
    const source = readFileSync(join(REPO_ROOT, rel), 'utf8');
    writeFileSync(jsonPath, patchModel(source, modelBlock(`models/${def.id}.glb`, glb.byteLength, b.spawn)));
    out.push({ id: def.id, glbPath, jsonPath, bytes: glb.byteLength, floorSize });
  }
  return out;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = process.argv[2] ? resolve(process.argv[2]) : REPO_ROOT;
  const only = process.argv.slice(3);
  const t0 = Date.now();
  const done = await generate(root, only.length ? only : undefined);
  const { inspectGlb } = await import('./core/inspect.ts');
  for (const g of done) {
    const info = await inspectGlb(new Uint8Array(readFileSync(g.glbPath)));
    const tex = info.textures.map((t) => `${t.name} ${t.width}×${t.height}`).join(', ');
    const set = JSON.parse(readFileSync(g.jsonPath, 'utf8')) as { dimensions: { width: number; depth: number } };
    const off = Math.max(Math.abs(g.floorSize[0] / set.dimensions.width - 1), Math.abs(g.floorSize[1] / set.dimensions.depth - 1));
    console.log(`${g.id}: ${g.bytes} bytes, floor ${g.floorSize.join(' × ')} m, ${info.drawCalls} draw calls, ${info.triangles} triangles`);
    if (off > 0.01) console.log(`  ⚠ catalog says ${set.dimensions.width} × ${set.dimensions.depth} m: edit the set's "dimensions" (the generator never writes them)`);
    console.log(`  textures: ${tex}`);
    console.log(`  markers: ${[...info.markers.keys()].join(', ')}`);
  }
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

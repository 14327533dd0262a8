/**
 * SetScout model generator: `npm run models` rebuilds models/*.glb and the catalog entries
 * of the sets it owns (scenes/quzhou/sets/<id>.json) from code. Output is byte-for-byte
 * reproducible; models/generator/models.test.ts regenerates into a temp dir and compares.
 *
 * Usage: tsx models/generator/index.ts [outRoot]   (outRoot defaults to the repo root)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SetBuilder } from './core/builder.ts';
import { writeSet } from './core/write.ts';
import { buildCourtroom } from './sets/courtroom.ts';
import { buildPalace } from './sets/palace.ts';
import { buildSubway } from './sets/subway.ts';
import { catalogEntry } from './catalog/index.ts';

export interface SetDef {
  id: string;
  build: () => SetBuilder;
}

export const SETS: SetDef[] = [
  { id: 'courtroom', build: buildCourtroom },
  { id: 'subway-platform', build: buildSubway },
  { id: 'palace-throne-hall', build: buildPalace },
];

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface Generated {
  id: string;
  glbPath: string;
  jsonPath: string;
  bytes: number;
  floorSize: [number, number];
}

/** Generates every set into `root/models/<id>.glb` and `root/scenes/quzhou/sets/<id>.json`. */
export async function generate(root: string = REPO_ROOT, only?: string[]): Promise<Generated[]> {
  const out: Generated[] = [];
  for (const def of SETS) {
    if (only && !only.includes(def.id)) continue;
    const b = def.build();
    const { glb, floorSize } = await writeSet(b);
    const glbPath = join(root, 'models', `${def.id}.glb`);
    const jsonPath = join(root, 'scenes', 'quzhou', 'sets', `${def.id}.json`);
    mkdirSync(dirname(glbPath), { recursive: true });
    mkdirSync(dirname(jsonPath), { recursive: true });
    writeFileSync(glbPath, glb);
    // The card picture is rendered from the built site by `npm run stills`.
    const entry = { ...catalogEntry(def.id, b, glb.byteLength, floorSize), still: `models/stills/${def.id}.jpg` };
    writeFileSync(jsonPath, JSON.stringify(entry, null, 2) + '\n');
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
  const { readFileSync } = await import('node:fs');
  for (const g of done) {
    const info = await inspectGlb(new Uint8Array(readFileSync(g.glbPath)));
    const tex = info.textures.map((t) => `${t.name} ${t.width}×${t.height}`).join(', ');
    console.log(`${g.id}: ${g.bytes} bytes, floor ${g.floorSize.join(' × ')} m, ${info.drawCalls} draw calls, ${info.triangles} triangles`);
    console.log(`  textures: ${tex}`);
    console.log(`  markers: ${[...info.markers.keys()].join(', ')}`);
  }
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

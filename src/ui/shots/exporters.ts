/**
 * The shot list's exports as files: stills (zip of PNGs), table (CSV), data (JSON) and
 * storyboard (PDF). Formatting is in src/lib/shots; this file gathers stills and names.
 */
import type { CsvContext } from '../../lib/shots/csv';
import { shotsCsv } from '../../lib/shots/csv';
import { buildShotFile, bytesToDataUrl } from '../../lib/shots/exportJson';
import { exportFileName, stillFileName, uniqueNames } from '../../lib/shots/fileNames';
import type { Shot } from '../../lib/shots/shot';
import { stillStore } from '../../state/shots';
import type { StoryboardContext } from './storyboardPdf';

export interface ExportFile {
  blob: Blob;
  name: string;
}

const EXT: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

/** Zip file names of the stills, by list position ("" for a shot without a still). */
export function stillNames(shots: readonly Shot[]): string[] {
  const names = shots.map((s, i) => (s.still ? stillFileName(i, shots.length, s.setId, s.name, EXT[s.still.type] ?? 'png') : ''));
  const unique = uniqueNames(names.filter(Boolean));
  let k = 0;
  return names.map((n) => (n ? unique[k++]! : ''));
}

async function stillBytes(id: string): Promise<{ bytes: Uint8Array; type: string } | null> {
  const rec = await stillStore().get(id);
  if (!rec) return null;
  return { bytes: new Uint8Array(await rec.still.arrayBuffer()), type: rec.still.type || 'image/png' };
}

/** The stills as PNG files in one zip, named by order, set and shot name, with the CSV beside them. */
export async function exportZip(shots: readonly Shot[], csv: CsvContext, date: Date): Promise<ExportFile | null> {
  const names = stillNames(shots);
  const files: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  let count = 0;
  for (let i = 0; i < shots.length; i++) {
    const name = names[i];
    if (!name) continue;
    const got = await stillBytes(shots[i]!.id);
    if (!got) continue;
    // PNGs are already compressed: store them.
    files[name] = [got.bytes, { level: 0 }];
    count++;
  }
  if (count === 0) return null;
  const table = new TextEncoder().encode(shotsCsv(shots, { ...csv, stillFile: (_s, i) => names[i] ?? '' }));
  files[exportFileName('csv', date)] = [table, { level: 6 }];
  const zipped = (await import('fflate')).zipSync(files, { mtime: date });
  return { blob: new Blob([zipped], { type: 'application/zip' }), name: exportFileName('zip', date) };
}

export function exportCsv(shots: readonly Shot[], csv: CsvContext, date: Date): ExportFile {
  const names = stillNames(shots);
  const text = shotsCsv(shots, { ...csv, stillFile: (_s, i) => names[i] ?? '' });
  return { blob: new Blob([text], { type: 'text/csv;charset=utf-8' }), name: exportFileName('csv', date) };
}

export async function exportJson(shots: readonly Shot[], withStills: boolean, date: Date): Promise<ExportFile> {
  const images = new Map<string, string>();
  if (withStills) {
    for (const s of shots) {
      const got = await stillBytes(s.id);
      if (got) images.set(s.id, bytesToDataUrl(got.bytes, got.type));
    }
  }
  const text = buildShotFile(shots, date, images);
  return { blob: new Blob([text], { type: 'application/json' }), name: exportFileName('json', date) };
}

export async function exportPdf(shots: readonly Shot[], ctx: StoryboardContext, date: Date): Promise<ExportFile> {
  const { buildStoryboardPdf } = await import('./storyboardPdf');
  const blob = await buildStoryboardPdf(shots, ctx);
  return { blob, name: exportFileName('pdf', date) };
}

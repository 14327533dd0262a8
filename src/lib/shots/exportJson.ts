/**
 * The shot list as a JSON file, and reading it back.
 *
 * ```json
 * { "format": "setscout-shots", "version": 1, "exportedAt": "2025-06-01T09:30:00.000Z",
 *   "shots": [ { "id": "…", "setId": "courtroom", "name": "镜头 1", "note": "", "createdAt": "…",
 *                "camera": { "position": [x, y, z], "yawDeg": 0, "pitchDeg": 0, "rollDeg": 0 },
 *                "body": "arri-alexa-35", "lens": 35, "orient": "portrait", "hfovDeg": …, "vfovDeg": …,
 *                "shotSize": "medium" | null, "figures": [ … ], "presetId": null,
 *                "still": { "width": 1080, "height": 1920, "type": "image/png" } | null,
 *                "image": "data:image/png;base64,…" (optional) } ] }
 * ```
 * Reading it back is src/data/shotFile.ts (every parse of outside JSON goes through src/data).
 */
import type { Shot } from './shot';
import { FILE_FORMAT, FILE_VERSION } from './shot';

/** Builds the file's text. `images` maps shot ids to data URLs of their stills (left out when absent). */
export function buildShotFile(shots: readonly Shot[], exportedAt: Date, images?: ReadonlyMap<string, string>): string {
  const file = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    shots: shots.map((s) => {
      const image = images?.get(s.id);
      return image ? { ...s, image } : { ...s };
    }),
  };
  return JSON.stringify(file, null, 2);
}

/** Splits a data URL into its MIME type and bytes. */
export function dataUrlToBytes(url: string): { type: string; bytes: Uint8Array } | null {
  const m = /^data:([^;,]+);base64,(.*)$/s.exec(url);
  if (!m) return null;
  try {
    const bin = atob(m[2]!);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return { type: m[1]!, bytes };
  } catch {
    return null;
  }
}

/** Bytes to a base64 data URL (chunked: no call-stack limit on large stills). */
export function bytesToDataUrl(bytes: Uint8Array, type: string): string {
  let bin = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) bin += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return `data:${type};base64,${btoa(bin)}`;
}

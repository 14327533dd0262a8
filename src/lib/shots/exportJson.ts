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
 * Reading validates everything and reports each problem with its JSON path, what was expected
 * and what was found (the catalog's wording, src/data/validate.ts).
 */
import type { CatalogProblem } from '../../data/validate';
import { describeValue, parseJson, validate } from '../../data/validate';
import type { Shot } from './schema';
import { FILE_FORMAT, FILE_VERSION, ShotFile } from './schema';

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

export type ParsedShotFile = { ok: true; shots: Shot[]; images: Map<string, string> } | { ok: false; problems: CatalogProblem[] };

/** Reads an exported file's text. `fileName` names the file in problems. Never throws. */
export function parseShotFile(text: string, fileName: string): ParsedShotFile {
  const json = parseJson(text.replace(/^\uFEFF/, ''), fileName);
  if (!json.ok) return json;
  const raw = json.value;
  const problem = (path: string, expected: string, found: string): ParsedShotFile => ({ ok: false, problems: [{ file: fileName, path, expected, found }] });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return problem('$', `a SetScout shot list (an object with "format": "${FILE_FORMAT}")`, describeValue(raw));
  }
  const rec = raw as Record<string, unknown>;
  if (rec.format !== FILE_FORMAT) {
    return problem('$.format', `"${FILE_FORMAT}" (this does not look like a SetScout shot list)`, describeValue(rec.format));
  }
  if (typeof rec.version === 'number' && rec.version > FILE_VERSION) {
    return problem('$.version', `version ${FILE_VERSION} or older (the file comes from a newer SetScout)`, describeValue(rec.version));
  }
  const checked = validate(ShotFile, raw, fileName);
  if (!checked.ok) return checked;
  const problems: CatalogProblem[] = [];
  const firstAt = new Map<string, number>();
  checked.value.shots.forEach((s, i) => {
    const earlier = firstAt.get(s.id);
    if (earlier !== undefined) problems.push({ file: fileName, path: `$.shots[${i}].id`, expected: `an id not already used (by $.shots[${earlier}])`, found: JSON.stringify(s.id) });
    else firstAt.set(s.id, i);
  });
  if (problems.length) return { ok: false, problems };
  const images = new Map<string, string>();
  const shots = checked.value.shots.map((entry): Shot => {
    const { image, ...shot } = entry;
    if (image) images.set(shot.id, image);
    return shot;
  });
  return { ok: true, shots, images };
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

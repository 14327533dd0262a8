/**
 * Reads an exported shot list (the file src/lib/shots/exportJson.ts writes). Reading validates
 * everything and reports each problem with its JSON path, what was expected and what was found
 * (the catalog's wording, validate.ts).
 */
import type { Shot } from '../lib/shots/shot';
import { FILE_FORMAT, FILE_VERSION } from '../lib/shots/shot';
import { ShotFile } from './shotSchema';
import type { CatalogProblem } from './validate';
import { parseJson } from './jsonText';
import { describeValue, validate } from './validate';

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

/**
 * The catalog JSON is the source of truth for everything a person edits (docs/ARCHITECTURE.md
 * §7). The generator touches only the set's "model" block — file, bytes and the spawn it
 * derives from the geometry — by splicing that one value into the file's text, so every
 * other field and its formatting stay exactly as written.
 */
import type { Vec3 } from './core/builder.ts';
import { round } from './core/builder.ts';

export interface ModelBlock {
  file: string;
  bytes: number;
  spawn: { position: Vec3; yawDeg: number; pitchDeg: number };
}

/** Where the value of the top-level "model" field starts and ends in the text. */
function modelValueSpan(text: string): [number, number] {
  const m = /\n {2}"model": /.exec(text);
  if (!m) throw new Error('no top-level "model" field');
  const start = m.index + m[0].length;
  if (text.startsWith('null', start)) return [start, start + 4];
  if (text[start] !== '{') throw new Error('"model" is neither null nor an object');
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return [start, i + 1];
  }
  throw new Error('unterminated "model" object');
}

export function modelBlock(file: string, bytes: number, spawn: { position: Vec3; yawDeg: number }): ModelBlock {
  return { file, bytes, spawn: { position: spawn.position.map((v) => round(v, 3)) as Vec3, yawDeg: spawn.yawDeg, pitchDeg: 0 } };
}

/** The set file's text with its "model" value replaced (2-space JSON, as the file is indented). */
export function patchModel(text: string, model: ModelBlock): string {
  const [a, b] = modelValueSpan(text);
  const value = JSON.stringify(model, null, 2).replace(/\n/g, '\n  ');
  return text.slice(0, a) + value + text.slice(b);
}

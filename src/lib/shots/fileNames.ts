/**
 * File names for exports: safe on Windows, macOS and Linux (no reserved characters, no control
 * characters, no trailing dots or blanks, no reserved device names), Chinese kept as is, and
 * ordered by the shot's place in the list ("03-courtroom-镜头 3.png").
 */

// Control characters are exactly what must go.
// eslint-disable-next-line no-control-regex
const RESERVED = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** A name made safe for a file system; `fallback` when nothing is left. At most `max` characters. */
export function safeFileName(name: string, fallback = 'shot', max = 80): string {
  let s = name.normalize('NFC').replace(RESERVED, ' ').replace(/\s+/g, ' ').trim();
  s = [...s].slice(0, max).join('').replace(/[. ]+$/, '').replace(/^[. ]+/, '');
  if (!s || DEVICE.test(s)) s = s ? `_${s}` : fallback;
  return s;
}

/** "03" for the third of up to 99, "003" from 100 on. */
export function orderNumber(index: number, total: number): string {
  const width = Math.max(2, String(Math.max(1, total)).length);
  return String(index + 1).padStart(width, '0');
}

/** The still's file name in the zip: order, set, shot name. */
export function stillFileName(index: number, total: number, setId: string, name: string, ext = 'png'): string {
  return `${orderNumber(index, total)}-${safeFileName(setId, 'set', 40)}-${safeFileName(name)}.${ext}`;
}

/** Makes names unique by appending " (2)", " (3)" … before the extension. */
export function uniqueNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((n) => {
    let candidate = n;
    const dot = n.lastIndexOf('.');
    const stem = dot > 0 ? n.slice(0, dot) : n;
    const ext = dot > 0 ? n.slice(dot) : '';
    for (let k = 2; used.has(candidate.toLowerCase()); k++) candidate = `${stem} (${k})${ext}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/** "setscout-shots-20250601-0930.zip": the export's own name, local time. */
export function exportFileName(kind: 'zip' | 'pdf' | 'csv' | 'json', date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-${p(date.getHours())}${p(date.getMinutes())}`;
  return `setscout-shots-${stamp}.${kind}`;
}

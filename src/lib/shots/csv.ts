/**
 * The shot list as CSV (RFC 4180): one header row, one row per shot, CRLF line ends, fields
 * quoted when they hold a comma, quote, line break or edge blanks, quotes doubled. The file
 * starts with a UTF-8 byte order mark so that Excel opens Chinese text correctly.
 *
 * Numbers are plain ("-3.3", dot decimals) so a spreadsheet reads them as numbers. Free text
 * typed by people (names, notes) that starts like a formula (= + − @) gets a leading
 * apostrophe, the usual guard against CSV formula injection.
 */
import { formatFixed } from '../url/query';
import type { Lang } from './describe';
import { VOCAB, figuresText, shotSizeName } from './describe';
import type { Shot } from './shot';
import { MOVE_KIND_NAMES, describeMove } from '../moves/describe';
import { parseMove } from '../moves/codec';
import { moveDuration } from '../moves/types';

export const BOM = '\uFEFF';

/** One field, quoted when needed. */
export function csvField(value: string): string {
  if (/[",\r\n]/.test(value) || /^\s|\s$/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/** Rows to CSV text with CRLF line ends and a trailing CRLF; `bom` prepends the UTF-8 byte order mark. */
export function toCsv(rows: readonly (readonly string[])[], bom = true): string {
  return (bom ? BOM : '') + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Guards free text against being run as a formula by a spreadsheet. */
export function safeText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export const CSV_HEADERS: Record<Lang, readonly string[]> = {
  zh: ['序号', '场景', '场景编号', '镜头名', '景别', 'X (m)', '机位高度 Y (m)', 'Z (m)', '摇 (°)', '俯仰 (°)', '横滚 (°)', '机身', '机身编号', '焦距 (mm)', '9:16 方式', '水平视角 (°)', '垂直视角 (°)', '替身', '备注', '拍摄时间', '链接', '静帧文件', '运镜时长 (s)', '运镜类型'],
  en: ['No.', 'Set', 'Set id', 'Shot', 'Shot size', 'X (m)', 'Camera height Y (m)', 'Z (m)', 'Pan (°)', 'Tilt (°)', 'Roll (°)', 'Camera body', 'Body id', 'Focal length (mm)', '9:16 by', 'Horizontal FOV (°)', 'Vertical FOV (°)', 'Stand-ins', 'Note', 'Captured', 'Link', 'Still file', 'Move duration (s)', 'Move type'],
};

/** What the CSV needs beyond the shots: names from the catalog and the links and file names of the export. */
export interface CsvContext {
  lang: Lang;
  setName: (setId: string) => string;
  bodyName: (bodyId: string) => string;
  link: (shot: Shot) => string;
  /** The still's file name in the PNG zip, or "" for a shot without a still. */
  stillFile: (shot: Shot, index: number) => string;
}

/** The table: header row and one row per shot, in list order. */
export function shotsTable(shots: readonly Shot[], ctx: CsvContext): string[][] {
  const rows: string[][] = [[...CSV_HEADERS[ctx.lang]]];
  shots.forEach((s, i) => {
    const c = s.camera;
    rows.push([
      String(i + 1),
      safeText(ctx.setName(s.setId)),
      s.setId,
      safeText(s.name),
      shotSizeName(s.shotSize, ctx.lang),
      formatFixed(c.position[0], 3),
      formatFixed(c.position[1], 3),
      formatFixed(c.position[2], 3),
      formatFixed(c.yawDeg, 2),
      formatFixed(c.pitchDeg, 2),
      formatFixed(c.rollDeg, 2),
      safeText(ctx.bodyName(s.body)),
      s.body,
      formatFixed(s.lens, 1),
      VOCAB[ctx.lang].orient[s.orient],
      formatFixed(s.hfovDeg, 2),
      formatFixed(s.vfovDeg, 2),
      figuresText(s.figures, ctx.lang).replace(/−/g, '-'),
      safeText(s.note),
      s.createdAt,
      ctx.link(s),
      ctx.stillFile(s, i),
      ...moveColumns(s, ctx.lang),
    ]);
  });
  return rows;
}

/** The move's duration and kinds ("push in + pan left"), or 0 and "static" for a still camera. */
function moveColumns(s: Shot, lang: Lang): [string, string] {
  const m = s.move ? parseMove(s.move) : null;
  if (!m || typeof m === 'string') return ['0', MOVE_KIND_NAMES[lang].static];
  return [formatFixed(moveDuration(m), 3), describeMove(m).map((k) => MOVE_KIND_NAMES[lang][k]).join(' + ')];
}

export function shotsCsv(shots: readonly Shot[], ctx: CsvContext): string {
  return toCsv(shotsTable(shots, ctx));
}

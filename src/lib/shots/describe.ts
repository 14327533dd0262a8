/**
 * A shot's parameters as words and numbers a crew reads, in zh or en: the shared wording of
 * the shot list, the CSV and the storyboard PDF. Fixed precision: positions to the centimetre,
 * angles to 0.1°, lens to 0.1 mm.
 */
import type { ShotSizeId } from '../camera/shotSize';
import { SHOT_SIZES } from '../camera/shotSize';
import type { FigureKind, FigurePose, Orientation } from '../camera/types';
import { formatFixed } from '../url/query';
import type { Shot, ShotFigure } from './shot';
import type { Lang } from '../i18n/define';

export type { Lang };

/** Domain words, both languages (UI chrome lives in src/lib/i18n/strings). */
export const VOCAB = {
  zh: {
    orient: { portrait: '机身竖置', crop: '横幅裁切 9:16' } satisfies Record<Orientation, string>,
    kind: { 'adult-175': '成人 1.75 m', 'adult-162': '成人 1.62 m', 'child-120': '儿童 1.20 m' } satisfies Record<FigureKind, string>,
    pose: { standing: '站', seated: '坐' } satisfies Record<FigurePose, string>,
    noFigure: '无替身',
    facing: '朝向',
    at: '位于',
  },
  en: {
    orient: { portrait: 'Camera on its side', crop: '9:16 crop of landscape' } satisfies Record<Orientation, string>,
    kind: { 'adult-175': 'Adult 1.75 m', 'adult-162': 'Adult 1.62 m', 'child-120': 'Child 1.20 m' } satisfies Record<FigureKind, string>,
    pose: { standing: 'standing', seated: 'seated' } satisfies Record<FigurePose, string>,
    noFigure: 'No stand-ins',
    facing: 'facing',
    at: 'at',
  },
} as const;

const MINUS = '−';
/** A number for people: fixed decimals, a real minus sign, never "-0". */
export function num(v: number, decimals: number): string {
  const s = formatFixed(v, decimals);
  return s.startsWith('-') ? MINUS + s.slice(1) : s;
}
/** Like num but keeps trailing zeros ("1.50"), for columns that line up. */
export function fixed(v: number, decimals: number): string {
  const s = (Math.abs(v) < 0.5 * 10 ** -decimals ? 0 : v).toFixed(decimals);
  return s.startsWith('-') ? MINUS + s.slice(1) : s;
}

export function shotSizeName(id: ShotSizeId | null, lang: Lang): string {
  return id ? SHOT_SIZES[id].name[lang] : '—';
}

/** "x 0.35, y 1.25, z −3.30 m" */
export function positionText(p: readonly number[]): string {
  return `x ${fixed(p[0] ?? 0, 2)}, y ${fixed(p[1] ?? 0, 2)}, z ${fixed(p[2] ?? 0, 2)} m`;
}

/** "Pan 5.5° · Tilt 17.4° · Roll 0.0°" */
export function anglesText(c: Shot['camera'], lang: Lang): string {
  const [pan, tilt, roll] = lang === 'zh' ? ['摇', '俯仰', '横滚'] : ['Pan', 'Tilt', 'Roll'];
  return `${pan} ${fixed(c.yawDeg, 1)}° · ${tilt} ${fixed(c.pitchDeg, 1)}° · ${roll} ${fixed(c.rollDeg, 1)}°`;
}

/** "H 36.1° × V 60.9°" */
export function fovText(s: Pick<Shot, 'hfovDeg' | 'vfovDeg'>): string {
  return `H ${fixed(s.hfovDeg, 1)}° × V ${fixed(s.vfovDeg, 1)}°`;
}

export function lensText(mm: number): string {
  return `${num(mm, 1)} mm`;
}

/** "Adult 1.75 m, seated, at (0.00, 0.45, −6.95), facing 180°" */
export function figureText(f: ShotFigure, lang: Lang): string {
  const v = VOCAB[lang];
  const p = f.position;
  const sep = lang === 'zh' ? '，' : ', ';
  return [v.kind[f.kind], v.pose[f.pose], `${v.at} (${fixed(p[0], 2)}, ${fixed(p[1], 2)}, ${fixed(p[2], 2)})`, `${v.facing} ${num(f.yawDeg, 1)}°`].join(sep);
}

export function figuresText(figures: readonly ShotFigure[], lang: Lang): string {
  if (figures.length === 0) return VOCAB[lang].noFigure;
  return figures.map((f) => figureText(f, lang)).join(lang === 'zh' ? '；' : '; ');
}

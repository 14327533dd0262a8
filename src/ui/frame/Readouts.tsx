import { useRef } from 'react';
import type { Optics } from '../../lib/framing/frameOptics';
import { frameActions } from '../../state/frame';
import { usePrefs } from '../../state/prefs';
import { useMoves } from '../../state/moves';
import { rig } from '../../state/rig';
import type { MessageKey } from '../../lib/i18n';
import { registerStrings } from '../../lib/i18n';
import sightStrings from '../../lib/i18n/strings/sight';
import { useT } from '../i18n/useT';
import { SHOT_SIZES } from '../../lib/camera/shotSize';
import { deliveryCheck } from '../../lib/camera/delivery';
import { computeLive, formatFocal, formatFov, formatMetres, formatSignedDeg, makeLiveValues, shotName } from './readoutFormat';
import { figureSight } from './figureSight';
import { selectedFigureInput } from './selectedFigure';
import { useLiveUpdate } from './useLiveUpdate';

registerStrings(sightStrings);

/** Readout names; each element carries data-testid="readout-<name>". */
export type ReadoutName = 'focal' | 'equiv' | 'hfov' | 'vfov' | 'height' | 'tilt' | 'roll' | 'distance' | 'shot-size' | 'delivery';

export const ALL_READOUTS: readonly ReadoutName[] = ['focal', 'equiv', 'hfov', 'vfov', 'height', 'tilt', 'roll', 'distance', 'shot-size', 'delivery'];
/** The few that sit on the frame itself on a phone. */
export const OSD_READOUTS: readonly ReadoutName[] = ['focal', 'hfov', 'vfov', 'height', 'shot-size'];

const LABEL: Record<ReadoutName, MessageKey> = {
  focal: 'frame.r.focal',
  equiv: 'frame.r.equiv',
  hfov: 'frame.r.hfov',
  vfov: 'frame.r.vfov',
  height: 'frame.r.height',
  tilt: 'frame.r.tilt',
  roll: 'frame.r.roll',
  distance: 'frame.r.distance',
  'shot-size': 'frame.r.shotSize',
  delivery: 'frame.r.delivery',
};

/** Short labels on the phone's on-frame strip. */
const OSD_PREFIX: Partial<Record<ReadoutName, string>> = { hfov: 'H', vfov: 'V' };

/** Written through refs at most once per animation frame (the lens ones follow a zoom while a move plays). */
const LIVE: ReadonlySet<ReadoutName> = new Set(['focal', 'equiv', 'hfov', 'vfov', 'height', 'tilt', 'roll', 'distance', 'shot-size']);

/** Props of the readouts. */
export interface ReadoutsProps {
  optics: Optics;
  items: readonly ReadoutName[];
  /** `list`: labelled rows (side column, sheet); `osd`: one compact strip on the frame. Default `list`. */
  variant?: 'list' | 'osd';
}

/**
 * Frame readouts. Lens values come with the optics (they change when a person picks a lens) and,
 * while a move plays, follow its zoom; they, the camera height, tilt, roll, stand-in distance and
 * shot size are written straight into their elements at most once per animation frame.
 */
export function Readouts({ optics, items, variant = 'list' }: ReadoutsProps) {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const refs = useRef<Partial<Record<ReadoutName, HTMLElement | null>>>({});
  const hintRef = useRef<HTMLParagraphElement | null>(null);
  const hiddenRef = useRef<HTMLSpanElement | null>(null);
  const live = useRef(makeLiveValues());

  useLiveUpdate(() => {
    // While a move plays, the lens at the playhead (MovePlayer writes it to rig); else the chosen lens.
    const playing = useMoves.getState().playing && rig.focalMm > 0;
    const focal = playing ? rig.focalMm : optics.focalMm;
    const vfov = playing ? rig.vfovDeg : optics.fov.vfovDeg;
    const p = rig.pose;
    const floor = frameActions.floorAt(p.x, p.z, p.y + 0.05);
    const figure = selectedFigureInput();
    const v = computeLive(p, floor, vfov, figure, live.current, figureSight(p, figure));
    const set = (name: ReadoutName, text: string) => {
      const el = refs.current[name];
      if (el && el.textContent !== text) el.textContent = text;
    };
    set('focal', formatFocal(focal));
    set('equiv', formatFocal(Math.round(((optics.equivMm * focal) / optics.focalMm) * 10) / 10));
    set('hfov', formatFov(playing ? rig.hfovDeg : optics.fov.hfovDeg));
    set('vfov', formatFov(vfov));
    set('height', v.heightM === null ? '—' : formatMetres(v.heightM));
    set('tilt', formatSignedDeg(v.tiltDeg));
    set('roll', formatSignedDeg(v.rollDeg));
    set('distance', v.distanceM === null ? '—' : formatMetres(v.distanceM));
    set('shot-size', v.hasFigure && !v.shot ? t(v.hidden ? 'frame.shotHidden' : 'frame.notInFrame') : shotName(v.shot, lang));
    if (hiddenRef.current) hiddenRef.current.hidden = !(v.hidden && v.shot);
    const shot = refs.current['shot-size'];
    if (shot) {
      shot.dataset.shot = v.shot ?? '';
      // Both languages' names on hover: crews mix them.
      shot.title = v.shot ? `${SHOT_SIZES[v.shot].name.zh} / ${SHOT_SIZES[v.shot].name.en}` : '';
    }
    if (hintRef.current) hintRef.current.hidden = v.hasFigure;
  });

  const fixed = (name: ReadoutName): string => {
    switch (name) {
      case 'delivery': {
        const d = optics.delivery;
        return t(d.ok ? 'frame.delivery.ok' : 'frame.delivery.short', { w: d.width, h: d.height });
      }
      default:
        return '—';
    }
  };
  const value = (name: ReadoutName) => (
    <span
      className={`readout-value${name === 'delivery' ? (optics.delivery.ok ? ' is-ok' : ' is-bad') : ''}`}
      data-testid={`readout-${name}`}
      ref={
        LIVE.has(name)
          ? (el) => {
              refs.current[name] = el;
            }
          : undefined
      }
    >
      {LIVE.has(name) ? '—' : fixed(name)}
    </span>
  );
  const note = (name: ReadoutName) =>
    name === 'shot-size' ? (
      <span className="readout-note" data-testid="readout-shot-hidden" ref={hiddenRef} hidden>
        {t('frame.shotPartlyHidden')}
      </span>
    ) : null;

  if (variant === 'osd') {
    return (
      <dl className="frame-osd" aria-label={t('frame.osdLabel')}>
        {items.map((name) => (
          <div key={name} className={`osd-item osd-${name}`}>
            <dt className={OSD_PREFIX[name] ? '' : 'sr-only'} title={t(LABEL[name])}>
              {OSD_PREFIX[name] ?? t(LABEL[name])}
            </dt>
            <dd>
              {value(name)}
              {note(name)}
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <div className="frame-readouts">
      <dl className="readout-list">
        {items.map((name) => (
          <div key={name} className={`readout readout-${name}`}>
            <dt>{t(LABEL[name])}</dt>
            <dd>
              {value(name)}
              {note(name)}
              {name === 'delivery' ? <DeliveryFormats optics={optics} /> : null}
            </dd>
          </div>
        ))}
      </dl>
      {items.includes('shot-size') ? (
        <p className="readout-hint" ref={hintRef}>
          {t('frame.shotHint')}
        </p>
      ) : null}
    </div>
  );
}

/** Every recording format of the body and the 9:16 window it gives (UHD cropped: 1215 × 2160; HD: 607 × 1080, not enough). */
function DeliveryFormats({ optics }: { optics: Optics }) {
  const t = useT();
  const { body, orient, delivery } = optics;
  if (body.recording.length < 2) return <small className="readout-note">{t('frame.delivery.from', { label: delivery.label })}</small>;
  return (
    <ul className="readout-formats">
      {body.recording.map((r) => {
        const c = deliveryCheck(r, orient);
        return (
          <li key={r.id} className={c.ok ? 'is-ok' : 'is-bad'}>
            <span aria-hidden="true">{c.ok ? '✓' : '✗'}</span> {t('frame.delivery.each', { label: r.label, w: c.width, h: c.height })}
          </li>
        );
      })}
    </ul>
  );
}

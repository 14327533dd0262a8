import { useRef } from 'react';
import { frameActions } from '../../state/frame';
import { rig } from '../../state/rig';
import { useT } from '../i18n/useT';
import { formatSignedDeg } from './readoutFormat';
import { useLiveUpdate } from './useLiveUpdate';

const W = 120;
const H = 64;
/** Pixels of bubble travel per degree of tilt (clamped at the edge). */
const PX_PER_DEG = 1.2;
/** Within this much roll the camera counts as level, degrees. */
export const LEVEL_TOLERANCE_DEG = 0.2;

/**
 * An electronic level: the horizon line as the picture sees it (turned by the roll, moved by
 * the tilt), the roll and tilt in degrees, green when level, and a button that levels.
 */
export function LevelIndicator() {
  const t = useT();
  const line = useRef<SVGGElement>(null);
  const text = useRef<HTMLSpanElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useLiveUpdate(() => {
    const roll = (rig.pose.roll * 180) / Math.PI;
    const tilt = (rig.pose.pitch * 180) / Math.PI;
    // A camera rolled counter-clockwise sees the horizon turned clockwise; tilting up lowers it.
    const dy = Math.max(-H / 2 + 4, Math.min(H / 2 - 4, tilt * PX_PER_DEG));
    line.current?.setAttribute('transform', `translate(${W / 2} ${(H / 2 + dy).toFixed(1)}) rotate(${roll.toFixed(2)})`);
    const level = Math.abs(roll) < LEVEL_TOLERANCE_DEG;
    if (box.current) {
      box.current.dataset.level = level ? 'true' : 'false';
      box.current.setAttribute('aria-label', t('frame.levelLabel', { roll: formatSignedDeg(roll), tilt: formatSignedDeg(tilt) }));
    }
    if (text.current) text.current.textContent = `${t('frame.r.roll')} ${formatSignedDeg(roll)} · ${t('frame.r.tilt')} ${formatSignedDeg(tilt)}`;
  });
  return (
    <div className="frame-level" ref={box} role="group" data-testid="level-indicator">
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
        <rect x={0.5} y={0.5} width={W - 1} height={H - 1} rx={8} className="level-frame" />
        <line x1={W / 2 - 8} x2={W / 2 + 8} y1={H / 2} y2={H / 2} className="level-ref" />
        <line x1={W / 2} x2={W / 2} y1={H / 2 - 8} y2={H / 2 + 8} className="level-ref" />
        <g ref={line}>
          <line x1={-44} x2={44} y1={0} y2={0} className="level-horizon" />
        </g>
      </svg>
      <div className="level-side">
        <span ref={text} className="level-text" aria-hidden="true" />
        <button type="button" className="btn btn-small" onClick={() => frameActions.level()}>
          {t('frame.levelNow')}
        </button>
      </div>
    </div>
  );
}

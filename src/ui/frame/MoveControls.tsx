import { useRef } from 'react';
import { RIG_HEIGHT_MAX, RIG_HEIGHT_MIN } from '../../lib/moves/rig';
import { frameActions } from '../../state/frame';
import { rig } from '../../state/rig';
import { useT } from '../i18n/useT';
import { HoldButton } from './HoldButton';
import { MoveIcon } from './MoveIcon';
import { formatMetres } from './readoutFormat';
import { useLiveUpdate } from './useLiveUpdate';

/** The height slider's range, metres above the floor: the rig's (the camera operator clamps to the same). */
export const HEIGHT_RANGE = { min: RIG_HEIGHT_MIN, max: RIG_HEIGHT_MAX } as const;

/** Move pad (press and hold), camera height slider and the key list. */
export function MoveControls() {
  const t = useT();
  const slider = useRef<HTMLInputElement>(null);
  const out = useRef<HTMLOutputElement>(null);
  const dragging = useRef(false);
  useLiveUpdate(() => {
    const p = rig.pose;
    const floor = frameActions.floorAt(p.x, p.z, p.y + 0.05);
    const h = floor === null ? null : p.y - floor;
    if (out.current) out.current.textContent = h === null ? t('frame.noFloor') : formatMetres(h);
    if (slider.current) {
      slider.current.disabled = h === null;
      if (h !== null && !dragging.current) slider.current.value = String(Math.min(HEIGHT_RANGE.max, Math.max(HEIGHT_RANGE.min, h)));
    }
  });
  return (
    <div className="frame-moves">
      <div className="move-pad" role="group" aria-label={t('frame.movePad')}>
        <div className="pad" role="group" aria-label={t('frame.g.pan')}>
          <span className="pad-name" aria-hidden="true">
            {t('frame.g.pan')}
          </span>
          <HoldButton axis="tilt" sign={1} label={t('frame.tiltUp')}>
            <MoveIcon name="up" />
          </HoldButton>
          <HoldButton axis="pan" sign={1} label={t('frame.panLeft')}>
            <MoveIcon name="left" />
          </HoldButton>
          <HoldButton axis="pan" sign={-1} label={t('frame.panRight')}>
            <MoveIcon name="right" />
          </HoldButton>
          <HoldButton axis="tilt" sign={-1} label={t('frame.tiltDown')}>
            <MoveIcon name="down" />
          </HoldButton>
        </div>
        <div className="pad" role="group" aria-label={t('frame.g.dolly')}>
          <span className="pad-name" aria-hidden="true">
            {t('frame.g.dolly')}
          </span>
          <HoldButton axis="dolly" sign={1} label={t('frame.dollyIn')}>
            <MoveIcon name="up" />
          </HoldButton>
          <HoldButton axis="truck" sign={-1} label={t('frame.truckLeft')}>
            <MoveIcon name="left" />
          </HoldButton>
          <HoldButton axis="truck" sign={1} label={t('frame.truckRight')}>
            <MoveIcon name="right" />
          </HoldButton>
          <HoldButton axis="dolly" sign={-1} label={t('frame.dollyOut')}>
            <MoveIcon name="down" />
          </HoldButton>
        </div>
        <div className="pad" role="group" aria-label={t('frame.g.ped')}>
          <span className="pad-name" aria-hidden="true">
            {t('frame.g.ped')}
          </span>
          <HoldButton axis="pedestal" sign={1} label={t('frame.pedUp')}>
            <MoveIcon name="raise" />
          </HoldButton>
          <HoldButton axis="roll" sign={1} label={t('frame.rollLeft')}>
            <MoveIcon name="rollLeft" />
          </HoldButton>
          <HoldButton axis="roll" sign={-1} label={t('frame.rollRight')}>
            <MoveIcon name="rollRight" />
          </HoldButton>
          <HoldButton axis="pedestal" sign={-1} label={t('frame.pedDown')}>
            <MoveIcon name="lower" />
          </HoldButton>
        </div>
      </div>
      <label className="frame-height">
        <span>{t('frame.height')}</span>
        <span className="frame-height-row">
          <input
            ref={slider}
            type="range"
            min={HEIGHT_RANGE.min}
            max={HEIGHT_RANGE.max}
            step={0.01}
            defaultValue={1.5}
            data-testid="frame-height"
            onPointerDown={() => {
              dragging.current = true;
            }}
            onPointerUp={() => {
              dragging.current = false;
            }}
            onBlur={() => {
              dragging.current = false;
            }}
            onChange={(e) => frameActions.setHeight(Number(e.currentTarget.value))}
          />
          <output ref={out} aria-live="off" />
        </span>
      </label>
      <details className="frame-keys">
        <summary>{t('frame.keys')}</summary>
        <ul>
          <li>{t('frame.keys.arrows')}</li>
          <li>{t('frame.keys.ws')}</li>
          <li>{t('frame.keys.ad')}</li>
          <li>{t('frame.keys.rf')}</li>
          <li>{t('frame.keys.qe')}</li>
          <li>{t('frame.keys.shift')}</li>
          <li>{t('frame.keys.level')}</li>
          <li>{t('frame.keys.focal')}</li>
          <li>{t('frame.keys.drag')}</li>
          <li>{t('frame.keys.esc')}</li>
        </ul>
      </details>
    </div>
  );
}

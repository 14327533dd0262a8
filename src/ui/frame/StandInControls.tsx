import { useId, useState } from 'react';
import type { FigureKind, FigurePose } from '../../data/schema';
import type { StandIn } from '../../state/frame';
import { frameActions, useFrameStore } from '../../state/frame';
import type { MessageKey } from '../../lib/i18n';
import { useT } from '../i18n/useT';
import { Icon } from '../common/Icon';
import { MoveIcon } from './MoveIcon';

const KINDS: readonly FigureKind[] = ['adult-175', 'adult-162', 'child-120'];
const POSES: readonly FigurePose[] = ['standing', 'seated'];
const KIND_KEY: Record<FigureKind, MessageKey> = { 'adult-175': 'frame.fig.adult-175', 'adult-162': 'frame.fig.adult-162', 'child-120': 'frame.fig.child-120' };
const POSE_KEY: Record<FigurePose, MessageKey> = { standing: 'frame.pose.standing', seated: 'frame.pose.seated' };
const STEP = 0.1;
const TURN = 15;

/** Places, lists, selects, moves, turns and removes the stand-in figures. */
export function StandInControls() {
  const t = useT();
  const id = useId();
  const figures = useFrameStore((s) => s.figures);
  const selected = useFrameStore((s) => s.selectedFigure);
  const placing = useFrameStore((s) => s.placing);
  const [kind, setKind] = useState<FigureKind>('adult-175');
  const [pose, setPose] = useState<FigurePose>('standing');
  const st = useFrameStore.getState;
  const name = (f: StandIn, i: number) => t('frame.figureName', { n: i + 1, kind: t(KIND_KEY[f.kind]), pose: t(POSE_KEY[f.pose]) });
  const sel = figures.find((f) => f.id === selected);

  return (
    <div className="frame-standins">
      <div className="standin-new" role="group" aria-labelledby={`${id}-new`}>
        <h4 className="frame-subhead" id={`${id}-new`}>
          {t('frame.newFigure')}
        </h4>
        <div className="segmented segmented-wrap" role="group" aria-label={t('frame.figKind')}>
          {KINDS.map((k) => (
            <button key={k} type="button" aria-pressed={kind === k} onClick={() => setKind(k)}>
              {t(KIND_KEY[k])}
            </button>
          ))}
        </div>
        <div className="segmented" role="group" aria-label={t('frame.figPose')}>
          {POSES.map((p) => (
            <button key={p} type="button" aria-pressed={pose === p} onClick={() => setPose(p)}>
              {t(POSE_KEY[p])}
            </button>
          ))}
        </div>
        {placing ? (
          <div className="standin-placing">
            <p role="status" className="frame-status">
              {t('frame.placing', { kind: t(KIND_KEY[placing.kind]), pose: t(POSE_KEY[placing.pose]) })}
            </p>
            <button type="button" className="btn btn-small" onClick={() => st().stopPlacing()}>
              {t('frame.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" className="btn btn-primary" onClick={() => st().startPlacing(kind, pose)} data-testid="standin-place">
            <Icon name="person" /> {t('frame.place')}
          </button>
        )}
      </div>

      {figures.length === 0 ? (
        <p className="frame-note">{t('frame.noFigures')}</p>
      ) : (
        <ul className="standin-list" data-testid="standin-list">
          {figures.map((f, i) => (
            <li key={f.id} className={f.id === selected ? 'is-selected' : ''}>
              <button type="button" className="standin-name" aria-pressed={f.id === selected} onClick={() => st().selectFigure(f.id === selected ? null : f.id)}>
                {name(f, i)}
              </button>
              <button type="button" className="btn btn-icon btn-ghost" aria-label={`${t('frame.remove')}: ${name(f, i)}`} title={t('frame.remove')} onClick={() => st().removeFigure(f.id)}>
                <Icon name="trash" />
              </button>
            </li>
          ))}
        </ul>
      )}

      {figures.length > 0 && !sel ? <p className="frame-note">{t('frame.shotHint')}</p> : null}
      {sel ? (
        <div className="standin-edit" role="group" aria-labelledby={`${id}-edit`}>
          <h4 className="frame-subhead standin-edit-title" id={`${id}-edit`}>
            {t('frame.figureMoves')}: {name(sel, figures.indexOf(sel))}
          </h4>
          <div className="standin-pad">
            <button type="button" className="btn btn-icon" aria-label={t('frame.moveAway')} title={t('frame.moveAway')} onClick={() => frameActions.moveFigure(sel.id, 0, STEP)}>
              <MoveIcon name="up" />
            </button>
            <button type="button" className="btn btn-icon" aria-label={t('frame.moveLeft')} title={t('frame.moveLeft')} onClick={() => frameActions.moveFigure(sel.id, -STEP, 0)}>
              <MoveIcon name="left" />
            </button>
            <button type="button" className="btn btn-icon" aria-label={t('frame.moveRight')} title={t('frame.moveRight')} onClick={() => frameActions.moveFigure(sel.id, STEP, 0)}>
              <MoveIcon name="right" />
            </button>
            <button type="button" className="btn btn-icon" aria-label={t('frame.moveCloser')} title={t('frame.moveCloser')} onClick={() => frameActions.moveFigure(sel.id, 0, -STEP)}>
              <MoveIcon name="down" />
            </button>
          </div>
          <div className="standin-turns">
            <button type="button" className="btn btn-icon" aria-label={t('frame.turnLeft')} title={t('frame.turnLeft')} onClick={() => st().updateFigure(sel.id, { yawDeg: wrap(sel.yawDeg + TURN) })}>
              <MoveIcon name="rollLeft" />
            </button>
            <button type="button" className="btn btn-icon" aria-label={t('frame.turnRight')} title={t('frame.turnRight')} onClick={() => st().updateFigure(sel.id, { yawDeg: wrap(sel.yawDeg - TURN) })}>
              <MoveIcon name="rollRight" />
            </button>
            <div className="segmented" role="group" aria-label={t('frame.figPose')}>
              {POSES.map((p) => (
                <button key={p} type="button" aria-pressed={sel.pose === p} onClick={() => st().updateFigure(sel.id, { pose: p })}>
                  {t(POSE_KEY[p])}
                </button>
              ))}
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function wrap(deg: number): number {
  const r = ((deg % 360) + 540) % 360;
  return r - 180;
}

import { addMarkHere, deleteMark, marksOfFigure, moveMarkHere, retimeMark, setMarkFacing } from '../../../state/blocking';
import { useFrameStore } from '../../../state/frame';
import { selectMove, useMoves } from '../../../state/moves';
import { DEG } from '../../../lib/motion/pose';
import { useT } from '../../i18n/useT';

const fmt = (t: number) => t.toFixed(2);

/**
 * Blocking for the selected stand-in: add a mark at the playhead from where it stands, then
 * retime, turn, move (to where the figure is now) or delete each mark; every edit is undoable
 * with the move (src/state/blocking.ts).
 */
export function BlockingPanel() {
  const t = useT();
  const move = useMoves(selectMove);
  const selected = useFrameStore((s) => s.selectedFigure);
  const figures = useFrameStore((s) => s.figures);
  const index = figures.findIndex((f) => f.id === selected);
  const marks = selected === null || index < 0 ? [] : marksOfFigure(move, selected);

  return (
    <fieldset className="move-blocking" data-testid="move-blocking">
      <legend>{t('moves.blocking')}</legend>
      {selected === null || index < 0 ? (
        <p className="move-hint">{t('moves.blockingNone')}</p>
      ) : (
        <>
          <button type="button" className="btn" onClick={() => addMarkHere(selected)} data-testid="mark-add">
            {t('moves.markAdd')}
          </button>
          {marks.length === 0 ? <p className="move-hint">{t('moves.marksEmpty')}</p> : null}
          <ol className="move-marks" data-testid="mark-list">
            {marks.map((m, i) => (
              <li key={`${i}-${m.t}`} data-testid={`mark-${i}`}>
                <strong>{t('moves.markLabel', { n: i + 1 })}</strong>
                <label>
                  {t('moves.markTime')}
                  <input
                    type="number"
                    min={0}
                    step={0.1}
                    defaultValue={fmt(m.t)}
                    data-testid={`mark-time-${i}`}
                    onBlur={(e) => {
                      const v = Number(e.target.value);
                      if (Number.isFinite(v) && v >= 0 && Math.abs(v - m.t) > 1e-4) retimeMark(selected, i, v);
                      else e.target.value = fmt(m.t);
                    }}
                  />
                </label>
                <label className="move-check">
                  <input type="checkbox" checked={m.yaw === null} onChange={(e) => setMarkFacing(selected, i, e.target.checked ? null : (figures[index]?.yawDeg ?? 0))} />{' '}
                  {t('moves.markWalkFacing')}
                </label>
                {m.yaw !== null ? (
                  <label>
                    {t('moves.markFacing')}
                    <input
                      key={`yaw-${m.yaw}`}
                      type="number"
                      step={15}
                      defaultValue={Math.round(m.yaw / DEG)}
                      onBlur={(e) => {
                        const v = Number(e.target.value);
                        if (Number.isFinite(v)) setMarkFacing(selected, i, v);
                      }}
                    />
                  </label>
                ) : null}
                <span className="move-mark-actions">
                  <button type="button" className="btn btn-small" onClick={() => useMoves.getState().setPlayhead(m.t)}>
                    {t('moves.markGo')}
                  </button>
                  <button type="button" className="btn btn-small" onClick={() => moveMarkHere(selected, i)} data-testid={`mark-here-${i}`}>
                    {t('moves.markHere')}
                  </button>
                  <button type="button" className="btn btn-small" onClick={() => deleteMark(selected, i)} data-testid={`mark-delete-${i}`}>
                    {t('moves.markDelete')}
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <small className="move-hint">{t('moves.blockingHint')}</small>
        </>
      )}
    </fieldset>
  );
}

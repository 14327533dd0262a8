import { useEffect, useRef } from 'react';
import type { Ease, Keyframe } from '../../../lib/moves';
import { EASES, SAME_TIME_S, addKeyframe, keyframeAt, moveDuration, moveHasContent, removeKeyframe, retimeKeyframe, updateKeyframe } from '../../../lib/moves';
import { useFrameStore } from '../../../state/frame';
import { moveLive, onMoveLive, selectMove, useMoves } from '../../../state/moves';
import { rig } from '../../../state/rig';
import { isTypingTarget } from './isTyping';
import { useT } from '../../i18n/useT';

/** Seconds a new keyframe goes after the end when the playhead already sits on a keyframe. */
const APPEND_GAP_S = 2;

/** A keyframe of the camera as it stands now (pose, the frame's focal length and the focus distance). */
export function keyframeFromCamera(t: number, ease: Ease = 'smooth'): Keyframe {
  return { t, pose: { ...rig.pose }, focalMm: useFrameStore.getState().focalMm, focusM: useMoves.getState().focusM, ease };
}

const fmt = (s: number) => s.toFixed(2);

const ICONS = {
  back: 'M6 5h2v14H6zM20 5v14L9 12z',
  play: 'M7 5v14l12-7z',
  pause: 'M6 5h4v14H6zM14 5h4v14h-4z',
  forward: 'M16 5h2v14h-2zM4 5v14l11-7z',
  undo: 'M9 7V3L3 9l6 6v-4c4.5 0 7.6 1.4 10 5-1-5-4-9-10-9z',
  redo: 'M15 7V3l6 6-6 6v-4c-4.5 0-7.6 1.4-10 5 1-5 4-9 10-9z',
  add: 'M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z',
  loop: 'M7 7h10v3l4-4-4-4v3H5v6h2zM17 17H7v-3l-4 4 4 4v-3h12v-6h-2z',
} as const;

/** A small filled icon (the system fonts may lack the media symbols). */
function Glyph({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="move-glyph">
      <path d={ICONS[name]} fill="currentColor" />
    </svg>
  );
}

/**
 * The timeline under the frame: play/pause, step a frame, loop, the playhead scrubber with a mark
 * per keyframe (click selects and jumps there, drag retimes), add a keyframe from the camera,
 * the selected keyframe's time, ease, update and delete, undo/redo (also Ctrl+Z / Ctrl+Shift+Z).
 * The playhead and time text follow playback through refs (moveLive), not React state.
 */
export function MoveTimeline() {
  const t = useT();
  const move = useMoves(selectMove);
  const playing = useMoves((s) => s.playing);
  const loop = useMoves((s) => s.loop);
  const selected = useMoves((s) => s.selected);
  const canUndo = useMoves((s) => s.history.past.length > 0);
  const canRedo = useMoves((s) => s.history.future.length > 0);
  const d = moveDuration(move);
  const scrub = useRef<HTMLInputElement>(null);
  const time = useRef<HTMLSpanElement>(null);
  const track = useRef<HTMLDivElement>(null);
  const drag = useRef<{ index: number; pointerId: number; t: number; moved: boolean } | null>(null);

  // The playhead readout follows the store (scrub, step, pause) and, while playing, moveLive.
  useEffect(() => {
    let raf = 0;
    const paint = () => {
      raf = 0;
      const s = useMoves.getState();
      const now = s.playing ? moveLive.t : s.playhead;
      const dur = moveDuration(s.history.present);
      if (scrub.current && document.activeElement !== scrub.current) scrub.current.value = String(now);
      if (time.current) time.current.textContent = t('moves.time', { t: fmt(now), d: fmt(dur) });
    };
    const schedule = () => {
      if (!raf) raf = requestAnimationFrame(paint);
    };
    paint();
    const off1 = onMoveLive(schedule);
    const off2 = useMoves.subscribe(schedule);
    return () => {
      off1();
      off2();
      if (raf) cancelAnimationFrame(raf);
    };
  }, [t]);

  // Undo and redo from the keyboard, unless typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTypingTarget(e.target)) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) useMoves.getState().undo();
      else if ((k === 'z' && e.shiftKey) || k === 'y') useMoves.getState().redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const addKey = () => {
    const s = useMoves.getState();
    const m = s.history.present;
    const at = s.playing ? moveLive.t : s.playhead;
    s.pause();
    const onKey = keyframeAt(m, at) >= 0;
    const when = m.keyframes.length === 0 ? 0 : onKey ? moveDuration(m) + APPEND_GAP_S : at;
    const next = addKeyframe(m, keyframeFromCamera(when));
    s.edit(next);
    useMoves.setState({ playhead: Math.min(when, moveDuration(next)), selected: keyframeAt(next, when) });
  };

  const timeAt = (clientX: number) => {
    const r = track.current?.getBoundingClientRect();
    if (!r || r.width <= 0) return 0;
    return Math.max(0, Math.min(1, (clientX - r.left) / r.width)) * Math.max(d, SAME_TIME_S);
  };

  const sel = selected !== null ? move.keyframes[selected] : undefined;

  return (
    <div className="move-timeline" role="group" aria-label={t('moves.timeline')} data-testid="move-timeline">
      <div className="move-transport">
        <button type="button" className="btn" onClick={() => useMoves.getState().step(-1)} disabled={d <= 0} aria-label={t('moves.stepBack')} title={t('moves.stepBack')} data-testid="move-step-back">
          <Glyph name="back" />
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => (playing ? useMoves.getState().pause() : useMoves.getState().play())}
          disabled={d <= 0}
          aria-label={playing ? t('moves.pause') : t('moves.play')}
          title={playing ? t('moves.pause') : t('moves.play')}
          aria-pressed={playing}
          data-testid="move-play"
        >
          <Glyph name={playing ? 'pause' : 'play'} />
        </button>
        <button type="button" className="btn" onClick={() => useMoves.getState().step(1)} disabled={d <= 0} aria-label={t('moves.stepForward')} title={t('moves.stepForward')} data-testid="move-step-forward">
          <Glyph name="forward" />
        </button>
        <button
          type="button"
          className={`btn${loop ? ' is-on' : ''}`}
          aria-pressed={loop}
          aria-label={t('moves.loop')}
          title={t('moves.loop')}
          onClick={() => useMoves.getState().setLoop(!loop)}
          data-testid="move-loop"
        >
          <Glyph name="loop" />
        </button>
        <span className="move-time" ref={time} data-testid="move-time" aria-live="off" />
        <span className="move-spacer" />
        <button type="button" className="btn" onClick={addKey} data-testid="move-add-key" title={t('moves.addKey')} aria-label={t('moves.addKey')}>
          <Glyph name="add" />
          <span className="move-add-label">{t('moves.addKeyShort')}</span>
        </button>
        <button type="button" className="btn" onClick={() => useMoves.getState().undo()} disabled={!canUndo} aria-label={t('moves.undo')} title={`${t('moves.undo')} (Ctrl+Z)`} data-testid="move-undo">
          <Glyph name="undo" />
        </button>
        <button type="button" className="btn" onClick={() => useMoves.getState().redo()} disabled={!canRedo} aria-label={t('moves.redo')} title={`${t('moves.redo')} (Ctrl+Shift+Z)`} data-testid="move-redo">
          <Glyph name="redo" />
        </button>
      </div>
      {!moveHasContent(move) ? (
        <p className="move-empty">{t('moves.empty')}</p>
      ) : (
        <div className="move-track" ref={track}>
          <input
            ref={scrub}
            className="move-scrub"
            type="range"
            min={0}
            max={Math.max(d, SAME_TIME_S)}
            step={0.001}
            defaultValue={0}
            aria-label={t('moves.scrub')}
            data-testid="move-scrub"
            onChange={(e) => {
              const s = useMoves.getState();
              s.pause();
              s.setPlayhead(Number(e.target.value));
            }}
          />
          {move.keyframes.map((k, i) => (
            <button
              key={`${i}-${k.t}`}
              type="button"
              className={`move-key${i === selected ? ' is-selected' : ''}`}
              style={{ left: `${d > 0 ? (k.t / d) * 100 : 0}%` }}
              aria-label={t('moves.keyLabel', { n: i + 1, t: fmt(k.t), focal: k.focalMm.toFixed(1) })}
              aria-pressed={i === selected}
              data-testid={`move-key-${i}`}
              onPointerDown={(e) => {
                e.currentTarget.setPointerCapture?.(e.pointerId);
                drag.current = { index: i, pointerId: e.pointerId, t: k.t, moved: false };
              }}
              onPointerMove={(e) => {
                const g = drag.current;
                if (!g || g.pointerId !== e.pointerId || i === 0) return;
                g.t = timeAt(e.clientX);
                g.moved = true;
                e.currentTarget.style.left = `${d > 0 ? (g.t / d) * 100 : 0}%`;
              }}
              onPointerUp={() => {
                const g = drag.current;
                drag.current = null;
                const s = useMoves.getState();
                s.pause();
                if (g?.moved) {
                  const next = retimeKeyframe(s.history.present, g.index, g.t);
                  s.edit(next);
                  const j = keyframeAt(next, g.t);
                  useMoves.setState({ selected: j >= 0 ? j : null });
                } else {
                  s.select(i);
                  s.setPlayhead(k.t);
                }
              }}
            />
          ))}
        </div>
      )}
      {sel && selected !== null ? (
        <div className="move-keyedit">
          <label>
            {t('moves.keyTime')}
            <input
              key={`t-${selected}-${sel.t}`}
              type="number"
              min={0}
              step={0.1}
              defaultValue={sel.t.toFixed(3)}
              data-testid="move-key-time"
              onChange={(e) => {
                const v = Number(e.target.value);
                if (!Number.isFinite(v) || v < 0) return;
                const s = useMoves.getState();
                const next = retimeKeyframe(s.history.present, selected, v);
                if (next === s.history.present) return;
                s.edit(next);
                useMoves.setState({ selected: keyframeAt(next, v) });
              }}
            />
          </label>
          <label>
            {t('moves.ease')}
            <select
              value={sel.ease}
              data-testid="move-key-ease"
              onChange={(e) => {
                const s = useMoves.getState();
                s.edit(updateKeyframe(s.history.present, selected, { ease: e.target.value as Ease }));
              }}
            >
              {EASES.map((e) => (
                <option key={e} value={e}>
                  {t(`moves.ease.${e}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="btn"
            data-testid="move-update-key"
            onClick={() => {
              const s = useMoves.getState();
              const k = keyframeFromCamera(sel.t, sel.ease);
              s.edit(updateKeyframe(s.history.present, selected, { pose: k.pose, focalMm: k.focalMm, focusM: k.focusM }));
            }}
          >
            {t('moves.updateKey')}
          </button>
          <button
            type="button"
            className="btn"
            data-testid="move-delete-key"
            onClick={() => {
              const s = useMoves.getState();
              s.edit(removeKeyframe(s.history.present, selected));
              s.select(null);
            }}
          >
            {t('moves.deleteKey')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

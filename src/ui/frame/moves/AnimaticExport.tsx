import { useEffect, useRef, useState } from 'react';
import type { Optics } from '../../../lib/framing/frameOptics';
import { moveDuration } from '../../../lib/moves';
import { PROTECT_IDS, protectRect } from '../../../lib/framing/protectGuides';
import type { Fps } from '../../../state/moves';
import { FPS_CHOICES, useMoves } from '../../../state/moves';
import { useViewer } from '../../../state/viewer';
import { useLocal, useT } from '../../i18n/useT';
import { saveBlob } from '../../common/saveBlob';
import { PLATFORM_GUIDES } from '../guideIds';
import { useSafeZones } from '../useSafeZones';
import { exportAnimatic, frameCount } from './animatic';

type Status = { kind: 'idle' } | { kind: 'running'; done: number; of: number } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

/** Props of the animatic export panel. */
export interface AnimaticExportProps {
  optics: Optics;
  /** The T-stop shown in the burn-in. */
  tStop: number;
  onClose: () => void;
}

/**
 * The animatic export: frame rate, burn-in (shot name, lens, T-stop, timecode), a platform's
 * safe zone and the protect guides; then a progress bar with cancel while frames render, and
 * the file is saved. The page stays usable: the exporter yields between frames.
 */
export function AnimaticExport({ optics, tStop, onClose }: AnimaticExportProps) {
  const t = useT();
  const local = useLocal();
  const zones = useSafeZones();
  const fps = useMoves((s) => s.fps);
  const protect = useMoves((s) => s.protect);
  const protectOffset = useMoves((s) => s.protectOffset);
  const duration = useMoves((s) => moveDuration(s.history.present));
  const [shotName, setShotName] = useState('');
  const [burn, setBurn] = useState({ shot: true, lens: true, stop: true, timecode: true });
  const [safe, setSafe] = useState<string>('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = async () => {
    const s = useMoves.getState();
    s.pause();
    const controller = new AbortController();
    abort.current = controller;
    const frameHeightMm = 2 * optics.focalMm * Math.tan((optics.fov.vfovDeg * Math.PI) / 360);
    const zone = zones.status === 'ok' && safe ? zones.zones.platforms.find((p) => p.id === safe) : undefined;
    const color = PLATFORM_GUIDES.find((g) => g.platform === safe)?.color ?? '#7cc4ff';
    const lensSet = optics.lensSet;
    setStatus({ kind: 'running', done: 0, of: frameCount(duration, fps) });
    try {
      const r = await exportAnimatic(s.history.present, {
        fps,
        frameHeightMm,
        burnIn: {
          shot: burn.shot ? shotName.trim() || null : null,
          lens: burn.lens ? `${optics.body.name} · ${lensSet ? `${lensSet.name} ` : ''}${optics.focalMm} mm` : null,
          stop: burn.stop ? `T${tStop}` : null,
          timecode: burn.timecode,
        },
        safeZone: zone ? { insets: zone.insets, color } : null,
        protect: PROTECT_IDS.filter((id) => protect[id]).map((id) => ({ rect: protectRect(id, protectOffset), label: id })),
        signal: controller.signal,
        onProgress: (done, of) => setStatus({ kind: 'running', done, of }),
      });
      const setId = useViewer.getState().setId ?? 'set';
      const file = `${setId}-${(shotName.trim() || 'move').replace(/[^\p{L}\p{N}_-]+/gu, '-')}.${r.extension}`;
      saveBlob(r.blob, file);
      setStatus({ kind: 'done', text: t('moves.exportDone', { file, frames: r.frames, seconds: r.seconds.toFixed(2) }) });
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') setStatus({ kind: 'done', text: t('moves.exportCancelled') });
      else setStatus({ kind: 'error', text: t('moves.exportFailed', { reason: err instanceof Error ? err.message : String(err) }) });
    } finally {
      abort.current = null;
    }
  };

  const running = status.kind === 'running';
  return (
    <div className="move-export-panel" role="group" aria-label={t('moves.exportTitle')} data-testid="export-panel">
      <strong>{t('moves.exportTitle')}</strong>
      <label>
        {t('moves.fps')}
        <select value={fps} disabled={running} onChange={(e) => useMoves.getState().setFps(Number(e.target.value) as Fps)} data-testid="export-fps">
          {FPS_CHOICES.map((f) => (
            <option key={f} value={f}>
              {f} fps
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('moves.shotName')}
        <input type="text" value={shotName} maxLength={80} disabled={running} onChange={(e) => setShotName(e.target.value)} data-testid="export-shot-name" />
      </label>
      <fieldset>
        <legend>{t('moves.burnIn')}</legend>
        {(['shot', 'lens', 'stop', 'timecode'] as const).map((k) => (
          <label key={k} className="move-check">
            <input type="checkbox" checked={burn[k]} disabled={running} onChange={(e) => setBurn({ ...burn, [k]: e.target.checked })} />{' '}
            {t(k === 'shot' ? 'moves.burnShot' : k === 'lens' ? 'moves.burnLens' : k === 'stop' ? 'moves.burnStop' : 'moves.burnTimecode')}
          </label>
        ))}
      </fieldset>
      <label>
        {t('moves.safeOverlay')}
        <select value={safe} disabled={running} onChange={(e) => setSafe(e.target.value)} data-testid="export-safe">
          <option value="">{t('moves.safeNone')}</option>
          {zones.status === 'ok' ? zones.zones.platforms.map((p) => <option key={p.id} value={p.id}>{local(p.name)}</option>) : null}
        </select>
      </label>
      <small className="move-hint">
        {t('moves.protectOverlay')}: {PROTECT_IDS.filter((id) => protect[id]).join(', ') || t('moves.safeNone')}
      </small>
      {running ? (
        <div className="move-progress">
          <progress value={status.done} max={status.of} data-testid="export-progress" aria-label={t('moves.exporting', { n: status.done, of: status.of })} />
          <span aria-live="polite">{t('moves.exporting', { n: status.done, of: status.of })}</span>
          <button type="button" className="btn" onClick={() => abort.current?.abort()} data-testid="export-cancel">
            {t('moves.cancel')}
          </button>
        </div>
      ) : (
        <div className="move-export-actions">
          <button type="button" className="btn btn-primary" onClick={() => void start()} disabled={duration <= 0} data-testid="export-start">
            {t('moves.export')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('moves.cancel')}
          </button>
        </div>
      )}
      {status.kind === 'done' ? (
        <p className="move-export-status" role="status" data-testid="export-status">
          {status.text}
        </p>
      ) : null}
      {status.kind === 'error' ? (
        <p className="move-export-status is-bad" role="alert" data-testid="export-status">
          {status.text}
        </p>
      ) : null}
    </div>
  );
}
